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

const BY_ITEM_KEY = new Map(SAFETY_KEYS.map((k) => [normaliseKey(k.itemKey), k]));
const BY_LIST_KEY = new Map(SAFETY_KEYS.flatMap((k) => (k.list ? [[normaliseKey(k.list.key), k] as const] : [])));

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

/**
 * Whether a key opens with "ph", "ha" or "ep" (PHQ-9, HAM-D, EPDS), any case, past
 * separators: every safety key does. Run on every key of every note at start-up, so
 * this look at two characters comes before any normalising.
 */
function opensLikeScale(key: string): boolean {
	const i = letterStart(key);
	const first = key.charCodeAt(i) | 0x20;
	const second = key.charCodeAt(i + 1) | 0x20;
	return (first === 0x70 && second === 0x68) || (first === 0x68 && second === 0x61) || (first === 0x65 && second === 0x70);
}

/** Whether a key opens with "ip", any case, past separators, as every spelling of the kind key does. */
function opensLikeKind(key: string): boolean {
	const i = letterStart(key);
	return (key.charCodeAt(i) | 0x20) === 0x69 && (key.charCodeAt(i + 1) | 0x20) === 0x70;
}

/** The safety item a key names, if any. */
export function matchSafetyKey(key: string): SafetyKeyMatch | null {
	if (key.length > LONGEST_KEY || !opensLikeScale(key) || !MAY_MATTER.test(key)) return null;
	const normalised = normaliseKey(key);
	const item = BY_ITEM_KEY.get(normalised);
	if (item) return { kind: "item", key: item };
	const list = BY_LIST_KEY.get(normalised);
	return list ? { kind: "list", key: list } : null;
}

// Spellings of the kind key that show the note is meant as an IPT note.
const KIND_KEY_SPELLINGS: ReadonlySet<string> = new Set(["ipt", "iptkind", "ipttype", "iptnote"]);

/** `IPT`, `Ipt`, `ipt_kind`: not the key `ipt`, but plainly meant as it. */
export function isKindKeyNearMiss(key: string): boolean {
	return key !== "ipt" && key.length <= LONGEST_KEY && opensLikeKind(key) && MAY_MATTER.test(key) && KIND_KEY_SPELLINGS.has(normaliseKey(key));
}
