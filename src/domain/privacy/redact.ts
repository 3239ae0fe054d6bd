// Replaces names inside free text (evidence reasons, warnings, homework) by their labels.
import { joinOverlaps, NameMatcher, type NameReplacement } from "./name-matcher";

export type { NameReplacement } from "./name-matcher";

export type Redactor = (text: string) => string;

/**
 * Which names are replaced. On a shared screen every name goes, even where it is also a
 * common word ("will"): hiding too much is the lesser harm. An export replaces an
 * everyday-word name only inside a longer name, and leaves the rest to its leak scan.
 */
export type Reach = "every-name" | "not-everyday-words";

/**
 * Names match as the reading finds them (any letter case, accents, look-alikes,
 * emphasis or entities inside); the first matcher given wins a name two of them find
 * at the same place. One pass, so a label is never itself replaced.
 */
export function redactorOf(matchers: readonly NameMatcher<NameReplacement>[], reach: Reach): Redactor {
	const active = matchers.filter((matcher) => !matcher.empty);
	if (active.length === 0) return (text) => text;
	return (written) => {
		const text = written.normalize("NFC");
		const found = active.flatMap((matcher, rank) => matcher.find(text).map((name) => ({ ...name, rank })));
		if (found.length === 0) return text;
		let out = "";
		let at = 0;
		for (const name of joinOverlaps(found, (find) => find.rank)) {
			if (reach === "not-everyday-words" && name.name.everyday) continue;
			out += text.slice(at, name.start) + name.name.label + (name.possessive ? "'s" : "");
			at = name.end;
		}
		return out + text.slice(at);
	};
}

/** A redactor over one list of names, the first replacement given for a name winning. */
export function redactor(replacements: readonly NameReplacement[], reach: Reach = "every-name"): Redactor {
	return redactorOf([new NameMatcher(replacements)], reach);
}
