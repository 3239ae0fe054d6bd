// Parsers for list-valued keys: a list of entries of one kind, and the fixed-length
// item lists of the questionnaires.
import type { ItemScores } from "../model/records";
import { describeValue } from "./describe-value";
import { isGiven, type Field } from "./field";
import { notA, numberOf } from "./scalar-fields";
import { isWholeNumber } from "./whole-number";

export const NONE: readonly never[] = Object.freeze([]);

/** The entries of a list key; a single value stands for a one-entry list. */
export function entriesOf(value: unknown): readonly unknown[] {
	return Array.isArray(value) ? value : [value];
}

/**
 * A list whose entries `entry` reads one by one: an unusable entry is dropped with its
 * own diagnostic, empty entries are skipped, and `unique` lists drop repeats.
 */
export function listField<T>(entry: Field<T | null>, unique: boolean): Field<readonly T[]> {
	return {
		fallback: NONE,
		read(field, value, report) {
			const items: T[] = [];
			for (const raw of entriesOf(value)) {
				if (!isGiven(raw)) continue;
				const item = entry.read(field, raw, report);
				if (item !== null && !(unique && items.includes(item))) items.push(item);
			}
			return items;
		},
	};
}

/**
 * Item scores of a questionnaire: `count` whole numbers from 0 to `max`. An unusable
 * item is reported and read as null while the others are kept, so that a valid safety
 * item (PHQ-9 item 9) is still seen beside a mistyped one; a list of the wrong length
 * is dropped whole, since no entry can then be matched to its item. Scores written as
 * text (`"2"`) are read without a word: Obsidian's Properties editor writes a list's
 * items as text, so a warning would ask for what the editor cannot do.
 */
export function itemsField(scale: string, count: number, max: number): Field<ItemScores | null> {
	const expected = `${count} whole numbers from 0 to ${max}, one per item`;
	return {
		fallback: null,
		read(field, value, report) {
			if (!Array.isArray(value)) {
				report.error(field, notA(value, `a list of ${scale} item scores`, expected));
				return null;
			}
			const entries: readonly unknown[] = value;
			if (entries.length !== count) {
				report.error(field, `${describeValue(value)} has ${entries.length} scores; expected ${expected}`);
				return null;
			}
			const scores: (number | null)[] = [];
			const unusable: string[] = [];
			entries.forEach((entry, i) => {
				const score = numberOf(entry);
				const usable = isWholeNumber(score, 0, max);
				if (!usable) unusable.push(`item ${i + 1} is ${describeValue(entry)}`);
				scores.push(usable ? score : null);
			});
			if (unusable.length > 0) report.error(field, `${unusable.join(", ")}; expected ${expected}`);
			return scores;
		},
	};
}
