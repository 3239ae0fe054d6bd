// Reads every safety answer a note's frontmatter gives, whatever kind of note it is
// and however the value is written. Nothing here drops a value: what cannot be read as
// a score is kept as unreadable, so that the engine can raise it.
import type { SafetyReading } from "../model/safety-reading";
import { describeValue } from "../schema/describe-value";
import { hasOwn, isGiven, type Reporter } from "../schema/field";
import { numberOf } from "../schema/scalar-fields";
import { matchSafetyKey, type SafetyKey, type SafetyKeyMatch } from "./safety-keys";

function scoreOf(value: unknown, key: SafetyKey): number | null {
	const number = numberOf(value);
	return number !== null && Number.isInteger(number) && number >= 0 && number <= key.max ? number : null;
}

// Readable answers repeat across a vault (`phq9_items` with item 9 at 0 in most
// sessions): one frozen reading each, so that start-up allocates nothing for them.
const READABLE = new Map<string, SafetyReading>();
const MAX_REMEMBERED = 256;

function readingOf(key: SafetyKey, written: string, value: unknown): SafetyReading {
	const score = scoreOf(value, key);
	if (score === null) return { measure: key.measure, item: key.item, key: written, raw: describeValue(value), score };
	const memo = `${written}\n${score}`;
	const known = READABLE.get(memo);
	if (known) return known;
	const reading: SafetyReading = Object.freeze({ measure: key.measure, item: key.item, key: written, raw: String(score), score });
	if (READABLE.size < MAX_REMEMBERED) READABLE.set(memo, reading);
	return reading;
}

/** The item's answer from a list key: only a list of the scale's length says which entry it is. */
function fromList(match: SafetyKeyMatch, written: string, value: unknown): SafetyReading {
	const { key } = match;
	const length = key.list?.length ?? 0;
	if (!Array.isArray(value) || value.length !== length) return { ...readingOf(key, written, value), score: null };
	const entries: readonly unknown[] = value;
	const entry = entries[key.item - 1];
	// An empty item 9 in a list of answers was skipped, not answered 0.
	if (!isGiven(entry)) return { measure: key.measure, item: key.item, key: written, raw: `item ${key.item} left empty`, score: null };
	return readingOf(key, written, entry);
}

function agree(readings: readonly SafetyReading[]): boolean {
	const first = readings[0];
	return first !== undefined && first.score !== null && readings.every((r) => r.score === first.score);
}

/**
 * Every safety answer in `frontmatter`, at most one per item when its keys agree (an
 * item list wins over the item's own key); when they disagree, each is kept and an
 * error says so, since the tool cannot tell which is right.
 */
export function readSafety(frontmatter: Readonly<Record<string, unknown>>, report: Reporter): SafetyReading[] {
	// Most notes hold no safety key: nothing is allocated for them.
	let byItem: Map<string, SafetyReading[]> | null = null;
	for (const written of Object.keys(frontmatter)) {
		const match = matchSafetyKey(written);
		if (match === null || !hasOwn(frontmatter, written)) continue;
		byItem ??= new Map();
		const value = frontmatter[written];
		if (!isGiven(value)) continue;
		const reading = match.kind === "list" ? fromList(match, written, value) : readingOf(match.key, written, value);
		const found = byItem.get(match.key.measure) ?? [];
		// The list first: it is the form's own record of every answer.
		if (match.kind === "list") found.unshift(reading);
		else found.push(reading);
		byItem.set(match.key.measure, found);
	}
	const readings: SafetyReading[] = [];
	if (byItem === null) return readings;
	for (const found of byItem.values()) {
		const [first, ...others] = found;
		if (first === undefined) continue;
		if (others.length === 0 || agree(found)) {
			readings.push(first);
			continue;
		}
		readings.push(...found);
		const said = found.map((r) => `${r.key} gives ${r.score === null ? `${r.raw}, which cannot be read` : r.score}`).join(", ");
		for (const other of others) {
			report.error(other.key, `${said}: they disagree, so each is listed as a safety item; keep one answer for item ${first.item}`);
		}
	}
	return readings;
}
