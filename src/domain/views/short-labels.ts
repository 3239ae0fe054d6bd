// Labels beside the circle's nodes, shortened to the room they have. A name may be cut
// with an ellipsis; a privacy label is a role, numbered when several share it
// ("Maternal grandmother 2"), and is shortened by rule so that what tells two people
// apart survives: the number stays; asides go ("(mother's side)", "from work"); the
// words before the last become initials; only then is the last word abbreviated with a
// full stop.
import { shortenTo } from "./text-size";
import { LETTER } from "../model/unicode-pattern";

/** Shortest a cut word gets: its first letters and a full stop. */
const MIN_WORD = 3;

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

function abbreviate(word: string, room: number): string {
	if (word.length <= room) return word;
	return `${word.slice(0, Math.max(MIN_WORD - 1, room - 1))}.`;
}

/** Words that start an aside after the role itself: "friend from work", "aunt on dad's side". */
const ASIDE = /^(?:from|of|at|in|on|with|for|to|via)$/i;

/** The role without its asides: "Grandmother (mother's side)" and "Friend from the team" keep their first part. */
function coreWords(words: readonly string[]): string[] {
	const open = words.findIndex((word) => word.startsWith("(") || word.startsWith("["));
	const bare = open > 0 ? words.slice(0, open) : [...words];
	const aside = bare.findIndex((word, i) => i > 0 && ASIDE.test(word));
	return aside > 0 ? bare.slice(0, aside) : bare;
}

/**
 * "Maternal grandmother 2" in 12 characters: "M. grandmother 2" is 16, so "M. grandm. 2";
 * "Friend from the team" in 10: "Friend". Where even that is too long, the initials go,
 * then the last word is cut, then every word is an initial; the number is never dropped.
 */
export function shortRoleLabel(label: string, max: number): string {
	if (label.length <= max) return label;
	const all = label.split(" ");
	const number = /^\d+$/.test(all[all.length - 1] ?? "") ? (all.pop() as string) : null;
	const words = coreWords(all);
	const last = words.pop() ?? "";
	const initial = (word: string): string[] => {
		const letter = LETTER().exec(word)?.[0];
		return letter === undefined ? [] : [`${letter.toUpperCase()}.`];
	};
	const lead = words.flatMap(initial).join("");
	const before = lead === "" ? "" : `${lead} `;
	const after = number === null ? "" : ` ${number}`;
	const candidates = [
		`${[...words, last].join(" ")}${after}`,
		`${before}${last}${after}`,
		`${before}${abbreviate(last, max - before.length - after.length)}${after}`,
		`${capitalise(abbreviate(last, max - after.length))}${after}`,
		`${[...words, last].flatMap(initial).join("")}${after}`,
	];
	return candidates.find((candidate) => candidate.length <= max) ?? candidates.reduce((a, b) => (b.length < a.length ? b : a));
}

/** The label beside a node, at most `max` characters where the rule allows. */
export function nodeLabel(text: string, max: number, privacyLabel: boolean): string {
	return privacyLabel ? shortRoleLabel(text, max) : shortenTo(text, max);
}
