// Links inside free text, rewritten for a de-identified export and for privacy mode: a
// link to a note or a name of the case becomes its label; any other link keeps only its
// words, since its target (a file name, a path, a web address) may name someone and would
// not open anyway.
import { caseNotePaths, type CaseBundle } from "../model/case-bundle";
import { linkBasename, parseLink, type LinkRef } from "../model/links";
import { personResolver } from "../model/person-links";
import type { KnownName } from "./known-names";
import { foldName } from "./reading";
import { NameMatcher } from "./name-matcher";
import { redactorOf, type Reach, type Redactor } from "./redact";

/** The label of the case note a link target points to, or null for a note outside the case. */
export type LinkTargetLabel = (target: string) => string | null;

export const EMBED_LEFT_OUT = "(embedded file left out)";

function key(target: string): string {
	return target.trim().toLowerCase().replace(/\.md$/, "");
}

/**
 * Matches as Obsidian would, all case-insensitive: whole path, trailing path, file name;
 * people also by name or alias. A target that opens no note but is a known name
 * (`[[Jordan Rivera|Jojo]]`) takes that name's label: its words name the same person.
 */
export function caseLinkLabels(bundle: CaseBundle, labelOf: (path: string) => string, known: readonly KnownName[]): LinkTargetLabel {
	const byTarget = new Map<string, string>();
	const remember = (target: string, path: string): void => {
		if (!byTarget.has(target)) byTarget.set(target, path);
	};
	for (const path of caseNotePaths(bundle)) {
		const segments = key(path).split("/");
		for (let i = 0; i < segments.length; i++) remember(segments.slice(i).join("/"), path);
	}
	const person = personResolver(bundle.people);
	const byName = new Map<string, string>();
	for (const name of known) if (!byName.has(foldName(name.name))) byName.set(foldName(name.name), name.label);
	return (target) => {
		const wanted = key(target);
		const path = byTarget.get(wanted) ?? byTarget.get(linkBasename(wanted)) ?? person({ target, unquoted: false })?.path;
		return path === undefined ? (byName.get(foldName(target.trim())) ?? null) : labelOf(path);
	};
}

const WIKILINK = /(!?)\[\[([^\]\n]*)\]\]/g;
const MARKDOWN_LINK = /(!?)\[([^\]\n]*)\]\(([^)\n]*)\)/g;
const WEB_ADDRESS = /^[a-z][a-z0-9+.-]*:/i;

function decoded(url: string): string {
	try {
		return decodeURI(url.trim().replace(/^<|>$/g, ""));
	} catch {
		return url;
	}
}

/**
 * The links a note's text writes, with their own words: `[[Sam|Sammy]]` and
 * `[Sammy](People/Sam.md)`. The command line's answer to `NoteLinks`; Obsidian's metadata
 * cache gives the same.
 */
export function linksInText(text: string): LinkRef[] {
	const links: LinkRef[] = [];
	for (const [, , inner = ""] of text.matchAll(WIKILINK)) {
		const link = parseLink(`[[${inner}]]`);
		if (link) links.push(link);
	}
	for (const [, , words = "", url = ""] of text.matchAll(MARKDOWN_LINK)) {
		const target = WEB_ADDRESS.test(url.trim()) ? "" : decoded(url).replace(/#.*$/, "").replace(/\.md$/i, "").trim();
		if (target !== "" && words.trim() !== "") links.push({ target, unquoted: false, display: words.trim() });
	}
	return links;
}

/** `[[People/Mum|my mum]]` -> "Mother"; `[[Elsewhere]]` -> "Elsewhere"; `[words](url)` -> "words"; embeds are left out. */
export function rewriteLinks(text: string, labelOf: LinkTargetLabel): string {
	const wiki = text.replace(WIKILINK, (_match, embed: string, inner: string) => {
		const target = parseLink(`[[${inner}]]`)?.target ?? "";
		const label = target === "" ? null : labelOf(target);
		if (label !== null) return label;
		if (embed === "!") return EMBED_LEFT_OUT;
		const bar = inner.indexOf("|");
		return bar >= 0 ? inner.slice(bar + 1).trim() : linkBasename(target);
	});
	return wiki.replace(MARKDOWN_LINK, (_match, embed: string, words: string, url: string) => {
		const label = WEB_ADDRESS.test(url.trim()) ? null : labelOf(decoded(url));
		if (label !== null) return label;
		return embed === "!" ? EMBED_LEFT_OUT : words;
	});
}

/** Free text as a de-identified export shows it: links as labels, then the names left in the words replaced. */
export function caseTextRedactor(bundle: CaseBundle, labelOf: (path: string) => string, known: readonly KnownName[], reach: Reach): Redactor {
	return linkThenNames(caseLinkLabels(bundle, labelOf, known), redactorOf([new NameMatcher(known)], reach));
}

/** One normal form for text, links and names alike: a file name from macOS may be decomposed. */
export function linkThenNames(links: LinkTargetLabel, names: Redactor): Redactor {
	return (text) => names(rewriteLinks(text.normalize("NFC"), links));
}
