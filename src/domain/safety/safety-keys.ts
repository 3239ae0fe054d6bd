// Which frontmatter keys hold a suicide or self-harm item, however a clinician spells
// them. Both faces decide "might this note matter for safety" from the same pattern:
// the command line before parsing a note's YAML, the plugin on Obsidian's parsed keys,
// so that no spelling is seen by one face and missed by the other.
import type { SafetyMeasure } from "../model/safety-reading";

export interface SafetyKey {
	readonly measure: SafetyMeasure;
	readonly item: number;
	/** The item's highest answer. */
	readonly max: number;
	/** The note format's own key for the item alone. */
	readonly itemKey: string;
	/** The key of the whole item list, when the scale has one, with its length. */
	readonly list: { readonly key: string; readonly length: number } | null;
}

export const SAFETY_KEYS: readonly SafetyKey[] = [
	{ measure: "phq9", item: 9, max: 3, itemKey: "phq9_item9", list: { key: "phq9_items", length: 9 } },
	{ measure: "hamd", item: 3, max: 4, itemKey: "hamd_item3", list: null },
	{ measure: "epds", item: 10, max: 3, itemKey: "epds_item10", list: null },
];

/** The safety item of a scale that has one. */
export function safetyKeyOf(measure: SafetyMeasure): SafetyKey {
	const key = SAFETY_KEYS.find((k) => k.measure === measure);
	if (!key) throw new RangeError(`no safety item for ${measure}`);
	return key;
}

/**
 * Text that may name an IPT kind key or a safety key. A key that can matter always
 * contains one of these, so a note whose frontmatter text has none cannot matter.
 * The lookbehind keeps ordinary words (`description`, `receipt`) out.
 */
export const MAY_MATTER = /(?<![a-z])(?:ipt|phq|ham[\s_-]?d|epds)/i;

/** A line of text that starts with such a key: in a block never closed, only this shows that it was meant as frontmatter. */
export const MAY_MATTER_KEY_LINE = /^[ \t]*["']?(?:ipt|phq|ham[\s_-]?d|epds)[^:\n]{0,40}:/im;

/** `PHQ-9 item 9`, `phq9_item9` and `Phq9Item9` are one key. */
export function normaliseKey(key: string): string {
	return key.toLowerCase().replace(/[\s_.-]+/g, "");
}

const BY_ITEM_KEY = new Map(SAFETY_KEYS.map(function (k) { return [normaliseKey(k.itemKey), k]; }));
const BY_LIST_KEY = new Map(SAFETY_KEYS.flatMap(function (k) { return k.list ? [[normaliseKey(k.list.key), k] as const] : []; }));

export type SafetyKeyMatch = { readonly kind: "item"; readonly key: SafetyKey } | { readonly kind: "list"; readonly key: SafetyKey };

const LONGEST_KEY = 40;

function isSeparator(code: number): boolean {
	return code === 0x20 || code === 0x5f || code === 0x2d || code === 0x2e || code === 0x09;
}

/** Where a key's first letter is, past any separators. */
function letterStart(key: string): number {
	let i = 0;
	while (i < key.length && isSeparator(key.charCodeAt(i))) i++;
	return i;
}

/** What a key's opening, past separators, says it may be: every key of every note is looked at this way first. */
type KeyOpening = "kind" | "scale" | null;

/**
 * "ip" (any spelling of the kind key), or "ph", "ha" or "ep" (PHQ-9, HAM-D, EPDS: every
 * safety key), any case. A look at two characters before any normalising, since it
 * runs on every key of every note at start-up.
 */
function openingOf(key: string): KeyOpening {
	const i = letterStart(key);
	const first = key.charCodeAt(i) | 0x20;
	const second = key.charCodeAt(i + 1) | 0x20;
	if (first === 0x69) return second === 0x70 ? "kind" : null;
	return (first === 0x70 && second === 0x68) || (first === 0x68 && second === 0x61) || (first === 0x65 && second === 0x70) ? "scale" : null;
}

/** Whether a key may be a safety key or a spelling of the kind key: most keys are neither, and this says so at once. */
export function mayMatter(key: string): boolean {
	// Most keys are turned away by their first letter alone.
	const first = key.charCodeAt(0);
	const letter = first | 0x20;
	if (letter !== 0x69 && letter !== 0x70 && letter !== 0x68 && letter !== 0x65 && !isSeparator(first)) return false;
	return key.length <= LONGEST_KEY && openingOf(key) !== null;
}

function matchScaleKey(key: string): SafetyKeyMatch | null {
	if (!MAY_MATTER.test(key)) return null;
	const normalised = normaliseKey(key);
	const item = BY_ITEM_KEY.get(normalised);
	if (item) return { kind: "item", key: item };
	const list = BY_LIST_KEY.get(normalised);
	return list ? { kind: "list", key: list } : null;
}

// Keys that open like a scale repeat across a vault (`phq9`, `phq9_items` in every
// session): each is matched once. The bound keeps a vault of odd keys from growing it.
const MATCHED = new Map<string, SafetyKeyMatch | null>();
const MAX_MATCHED = 256;

/** The safety item a key names, if any. */
export function matchSafetyKey(key: string): SafetyKeyMatch | null {
	if (key.length > LONGEST_KEY || openingOf(key) !== "scale") return null;
	const known = MATCHED.get(key);
	if (known !== undefined) return known;
	const found = matchScaleKey(key);
	if (MATCHED.size < MAX_MATCHED) MATCHED.set(key, found);
	return found;
}

// Spellings of the kind key that show the note is meant as an IPT note.
const KIND_KEY_SPELLINGS: ReadonlySet<string> = new Set(["ipt", "iptkind", "ipttype", "iptnote"]);

/** `IPT`, `Ipt`, `ipt_kind`: not the key `ipt`, but plainly meant as it. */
export function isKindKeyNearMiss(key: string): boolean {
	return key !== "ipt" && key.length <= LONGEST_KEY && openingOf(key) === "kind" && MAY_MATTER.test(key) && KIND_KEY_SPELLINGS.has(normaliseKey(key));
}
