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
// sessions): one frozen reading each, by key as written and score, so that start-up
// allocates nothing for them.
const READABLE = new Map<string, SafetyReading[]>();
const MAX_REMEMBERED = 64;

function readingOf(key: SafetyKey, written: string, value: unknown): SafetyReading {
	const score = scoreOf(value, key);
	if (score === null) return { measure: key.measure, item: key.item, key: written, raw: describeValue(value), score };
	const byScore = READABLE.get(written);
	const known = byScore?.[score];
	if (known) return known;
	const reading: SafetyReading = Object.freeze({ measure: key.measure, item: key.item, key: written, raw: String(score), score });
	if (byScore) byScore[score] = reading;
	else if (READABLE.size < MAX_REMEMBERED) {
		const scores: SafetyReading[] = [];
		scores[score] = reading;
		READABLE.set(written, scores);
	}
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

/** Readings of one note that name one item more than once: kept as one when they agree, each with an error when not. */
function settle(found: readonly SafetyReading[], report: Reporter): SafetyReading[] {
	const byItem = new Map<string, SafetyReading[]>();
	for (const reading of found) {
		const same = byItem.get(reading.measure) ?? [];
		// The list first: it is the form's own record of every answer.
		if (matchSafetyKey(reading.key)?.kind === "list") same.unshift(reading);
		else same.push(reading);
		byItem.set(reading.measure, same);
	}
	const readings: SafetyReading[] = [];
	for (const same of byItem.values()) {
		const [first, ...others] = same;
		if (first === undefined) continue;
		if (others.length === 0 || agree(same)) {
			readings.push(first);
			continue;
		}
		readings.push(...same);
		const said = same.map((r) => `${r.key} gives ${r.score === null ? `${r.raw}, which cannot be read` : r.score}`).join(", ");
		for (const other of others) {
			report.error(other.key, `${said}: they disagree, so each is listed as a safety item; keep one answer for item ${first.item}`);
		}
	}
	return readings;
}

const NO_READINGS: readonly SafetyReading[] = Object.freeze([]);

/**
 * Every safety answer in `frontmatter`, at most one per item when its keys agree (an
 * item list wins over the item's own key); when they disagree, each is kept and an
 * error says so, since the tool cannot tell which is right. `keys`: the note's keys
 * that may hold one, when a pass over every key already found them.
 */
export function readSafety(frontmatter: Readonly<Record<string, unknown>>, report: Reporter, keys: readonly string[] = Object.keys(frontmatter)): readonly SafetyReading[] {
	// Most notes hold no safety key: nothing is allocated for them.
	let found: SafetyReading[] | null = null;
	for (const written of keys) {
		const match = matchSafetyKey(written);
		if (match === null || !hasOwn(frontmatter, written)) continue;
		const value = frontmatter[written];
		if (!isGiven(value)) continue;
		found ??= [];
		found.push(match.kind === "list" ? fromList(match, written, value) : readingOf(match.key, written, value));
	}
	if (found === null) return NO_READINGS;
	// Most notes give one answer at most: only a second can disagree.
	return found.length === 1 ? found : settle(found, report);
}
