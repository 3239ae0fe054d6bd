// The measures a clinician records in a session note: which are entered item by
// item, which as a total with their safety item, and what gets written for each.
// Item labels are short reminders in our own words; the clinician uses the real form.
import type { SafetyMeasure } from "../engine/analysis";
import { bandFor, MEASURE_LABELS, MEASURE_RANGES } from "../engine/measures/bands";
import type { Measure } from "../model/vocabulary";
import { readWholeNumber, type Parsed } from "./form-input";

/** A 0-3 answer scale shared by the item-by-item questionnaires. */
export const ITEM_ANSWERS: readonly string[] = ["Not at all", "Some days", "Most days", "Nearly every day"];

export type ItemMeasure = "phq9" | "gad7";
export type TotalMeasure = "hamd" | "epds";

export interface ItemForm {
	readonly kind: "items";
	readonly measure: ItemMeasure;
	readonly itemsKey: "phq9_items" | "gad7_items";
	readonly items: readonly string[];
	/** The safety item's number (1-based), for the one measure that has one here. */
	readonly safetyItem: number | null;
}

export interface TotalForm {
	readonly kind: "total";
	readonly measure: TotalMeasure;
	readonly safetyKey: "hamd_item3" | "epds_item10";
	readonly safetyItem: number;
	readonly safetyLabel: string;
	readonly safetyMax: number;
}

export type MeasureForm = ItemForm | TotalForm;

export const MEASURE_FORMS: { readonly [M in ItemMeasure]: ItemForm } & { readonly [M in TotalMeasure]: TotalForm } = {
	phq9: {
		kind: "items",
		measure: "phq9",
		itemsKey: "phq9_items",
		items: [
			"Little interest or enjoyment in things",
			"Low, down or hopeless mood",
			"Sleeping badly or too much",
			"Tired, little energy",
			"Poor appetite or overeating",
			"Feeling a failure, letting people down",
			"Hard to concentrate",
			"Slowed down, or restless and fidgety",
			"Thoughts of being better off dead or of self-harm",
		],
		safetyItem: 9,
	},
	gad7: {
		kind: "items",
		measure: "gad7",
		itemsKey: "gad7_items",
		items: [
			"Nervous, anxious or on edge",
			"Cannot stop or control worrying",
			"Worrying too much about many things",
			"Hard to relax",
			"So restless it is hard to sit still",
			"Easily annoyed or irritable",
			"Afraid that something awful might happen",
		],
		safetyItem: null,
	},
	hamd: { kind: "total", measure: "hamd", safetyKey: "hamd_item3", safetyItem: 3, safetyLabel: "Item 3: suicide", safetyMax: 4 },
	epds: { kind: "total", measure: "epds", safetyKey: "epds_item10", safetyItem: 10, safetyLabel: "Item 10: thoughts of self-harm", safetyMax: 3 },
};

export interface ScoreSummary {
	readonly total: number;
	readonly max: number;
	readonly bandLabel: string;
	/** E.g. `12 of 27: moderate`. */
	readonly text: string;
}

export function scoreSummary(measure: Measure, total: number): ScoreSummary {
	const { max } = MEASURE_RANGES[measure];
	const bandLabel = bandFor(measure, total).label;
	return { total, max, bandLabel, text: `${total} of ${max}: ${bandLabel.toLowerCase()}` };
}

/** A typed total of a total form; it counts the safety item, so it is at least that item's score when one is chosen. */
export function readTotal(text: string, form: TotalForm, safety: number | null): Parsed<number> {
	const read = readWholeNumber(text, 0, MEASURE_RANGES[form.measure].max);
	if (!read.ok || safety === null || read.value >= safety) return read;
	return { ok: false, message: `The total includes item ${form.safetyItem}, so it is at least ${safety}.` };
}

/** A measure as the clinician entered it: every item of an item form, or a total and the safety item. */
export type MeasureEntry =
	| { readonly measure: ItemMeasure; readonly items: readonly number[] }
	| { readonly measure: TotalMeasure; readonly total: number; readonly safety: number };

export function entryTotal(entry: MeasureEntry): number {
	return "items" in entry ? entry.items.reduce((sum, item) => sum + item, 0) : entry.total;
}

/**
 * The session note's properties for the entry (note-format.md): the total beside its
 * items or its safety item. A positive safety item sets risk_reviewed to false even
 * when it was true: a review that came before the item was raised has not reviewed it.
 */
export function measureProperties(entry: MeasureEntry): Record<string, number | number[] | boolean> {
	const total = entryTotal(entry);
	const review: Record<string, boolean> = safetyFinding(entry) === null ? {} : { risk_reviewed: false };
	if ("items" in entry) return { [entry.measure]: total, [MEASURE_FORMS[entry.measure].itemsKey]: [...entry.items], ...review };
	return { [entry.measure]: total, [MEASURE_FORMS[entry.measure].safetyKey]: entry.safety, ...review };
}

export interface SafetyFinding {
	readonly measure: SafetyMeasure;
	readonly item: number;
	readonly score: number;
}

/** The positive safety item of an entry (ipt-rules.md "Safety"), or null. */
export function safetyFinding(entry: MeasureEntry): SafetyFinding | null {
	const item = MEASURE_FORMS[entry.measure].safetyItem;
	if (item === null || entry.measure === "gad7") return null;
	const score = "items" in entry ? entry.items[item - 1] : entry.safety;
	return score !== undefined && score >= 1 ? { measure: entry.measure, item, score } : null;
}

/** What the clinician reads in the notice that stays until dismissed, once the note has risk_reviewed: false. */
export function safetyMessage(finding: SafetyFinding, session: number | null): string {
	const where = session === null ? "this session" : `session ${session}`;
	return `${MEASURE_LABELS[finding.measure]} item ${finding.item} scored ${finding.score} in ${where}. Follow up with the client in this session. risk_reviewed on this note is now false; tick it once the risk is reviewed.`;
}
