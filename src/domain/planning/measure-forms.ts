// The measures a clinician records in a session note: which are entered item by item
// (or as a total alone), which as a total with their safety item, and what gets
// written for each.
//
// The PHQ-9 and GAD-7 items and answers are the questionnaires' published wording
// (Spitzer, Williams, Kroenke and colleagues, developed with an educational grant from
// Pfizer Inc.; phqscreeners.com: "No permission required to reproduce, translate,
// display or distribute"). Both ask about the last 2 weeks. HAM-D and EPDS are not
// free to reproduce, so only their totals and safety items are asked, by number.
import type { SafetyMeasure } from "../engine/analysis";
import { bandFor, MEASURE_LABELS, MEASURE_RANGES } from "../engine/measures/bands";
import type { Measure } from "../model/vocabulary";
import { lazy } from "../lazy";
import { safetyKeyOf } from "../safety/safety-keys";
import { readDate, readWholeNumber, type Parsed } from "./form-input";

/** The 0-3 answers of the PHQ-9 and GAD-7, as printed on both. */
export const ITEM_ANSWERS: readonly string[] = ["Not at all", "Several days", "More than half the days", "Nearly every day"];

/** The question both put before their items. */
export const ITEM_STEM = "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

export type ItemMeasure = "phq9" | "gad7";
export type TotalMeasure = "hamd" | "epds";

/** A scale's safety item, asked on its own beside a total. */
export interface SafetyQuestion {
	/** The note format's key for the item alone: `phq9_item9`, `hamd_item3`, `epds_item10`. */
	readonly key: string;
	/** The item's number (1-based). */
	readonly item: number;
	readonly label: string;
	readonly max: number;
	/** The item's own answers, when the scale's wording may be shown; else scores alone. */
	readonly answers: readonly string[] | null;
}

export interface ItemForm {
	readonly kind: "items";
	readonly measure: ItemMeasure;
	readonly itemsKey: "phq9_items" | "gad7_items";
	readonly items: readonly string[];
	/** The safety item: one of `items` when answered item by item, asked alone with a total. */
	readonly safety: SafetyQuestion | null;
}

export interface TotalForm {
	readonly kind: "total";
	readonly measure: TotalMeasure;
	readonly safety: SafetyQuestion;
}

export type MeasureForm = ItemForm | TotalForm;

function safetyQuestion(measure: SafetyMeasure, label: string, answers: readonly string[] | null): SafetyQuestion {
	const { itemKey, item, max } = safetyKeyOf(measure);
	return { key: itemKey, item, label, max, answers };
}

type MeasureForms = { readonly [M in ItemMeasure]: ItemForm } & { readonly [M in TotalMeasure]: TotalForm };

// Built on first use, not at load: see domain/lazy.ts.
export const MEASURE_FORMS = lazy(function (): MeasureForms {
	const phq9Items = [
		"Little interest or pleasure in doing things",
		"Feeling down, depressed, or hopeless",
		"Trouble falling or staying asleep, or sleeping too much",
		"Feeling tired or having little energy",
		"Poor appetite or overeating",
		"Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
		"Trouble concentrating on things, such as reading the newspaper or watching television",
		"Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
		"Thoughts that you would be better off dead or of hurting yourself in some way",
	];
	return {
		phq9: {
			kind: "items",
			measure: "phq9",
			itemsKey: "phq9_items",
			items: phq9Items,
			safety: safetyQuestion("phq9", `PHQ-9 item 9: ${phq9Items[8] ?? ""}`, ITEM_ANSWERS),
		},
		gad7: {
			kind: "items",
			measure: "gad7",
			itemsKey: "gad7_items",
			items: [
				"Feeling nervous, anxious or on edge",
				"Not being able to stop or control worrying",
				"Worrying too much about different things",
				"Trouble relaxing",
				"Being so restless that it is hard to sit still",
				"Becoming easily annoyed or irritable",
				"Feeling afraid as if something awful might happen",
			],
			safety: null,
		},
		hamd: { kind: "total", measure: "hamd", safety: safetyQuestion("hamd", "Item 3: suicide", null) },
		epds: { kind: "total", measure: "epds", safety: safetyQuestion("epds", "Item 10: thoughts of self-harm", null) },
	};
});

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

/** A typed total; it counts the safety item, so it is at least that item's score when one is chosen. */
export function readTotal(text: string, form: MeasureForm, safety: number | null): Parsed<number> {
	const read = readWholeNumber(text, 0, MEASURE_RANGES[form.measure].max);
	if (!read.ok || safety === null || form.safety === null || read.value >= safety) return read;
	return { ok: false, message: `The total includes item ${form.safety.item}, so it is at least ${safety}.` };
}

/**
 * The date the scores were taken. They are written in the session note and take its
 * date (note-format.md): a note without one gets the date entered; a note with one
 * takes only that date, since another would date the session, not the scores.
 */
export function readMeasureDate(text: string, session: { readonly number: number | null; readonly date: string | null }): Parsed<string> {
	const read = readDate(text, true);
	if (!read.ok || session.date === null || read.value === session.date) return read;
	const which = session.number === null ? "This session" : `Session ${session.number}`;
	return {
		ok: false,
		message: `${which} is dated ${session.date}, and scores take the date of their session note. Record them in the note of the session they were taken in, or change the note's date first.`,
	};
}

/**
 * A measure as the clinician entered it: every item of an item form; or a total, with
 * the scale's safety item when it has one (PHQ-9 item 9 asked alone, HAM-D item 3,
 * EPDS item 10; the GAD-7 has none, so its safety is null).
 */
export type MeasureEntry =
	| { readonly measure: ItemMeasure; readonly items: readonly number[] }
	| { readonly measure: Measure; readonly total: number; readonly safety: number | null };

export function entryTotal(entry: MeasureEntry): number {
	return "items" in entry ? entry.items.reduce((sum, item) => sum + item, 0) : entry.total;
}

export interface MeasureChanges {
	readonly set: Readonly<Record<string, number | number[] | boolean | string>>;
	/** Keys the entry replaces: a note's item list when a total alone is entered, a lone item 9 when the items are. */
	readonly remove: readonly string[];
}

/**
 * What the session note gets for the entry (note-format.md): the total beside its
 * items or its safety item. What the entry replaces goes, so the note never holds two
 * answers that disagree. A positive safety item sets risk_reviewed to false even when
 * it was true: a review that came before the item was raised has not reviewed it.
 */
export function measureChanges(entry: MeasureEntry): MeasureChanges {
	const form = MEASURE_FORMS()[entry.measure];
	const review: Record<string, boolean> = safetyFinding(entry) === null ? {} : { risk_reviewed: false };
	if ("items" in entry) {
		const { itemsKey, safety } = MEASURE_FORMS()[entry.measure];
		return { set: { [entry.measure]: entryTotal(entry), [itemsKey]: [...entry.items], ...review }, remove: safety === null ? [] : [safety.key] };
	}
	const safety: Record<string, number> = entry.safety === null || form.safety === null ? {} : { [form.safety.key]: entry.safety };
	return { set: { [entry.measure]: entry.total, ...safety, ...review }, remove: form.kind === "items" ? [form.itemsKey] : [] };
}

/**
 * The date the session note gets: the one entered, only where the note holds none, so
 * a date written by hand (even one that cannot be read) is never replaced.
 */
export function dateToFill(written: unknown, date: string): string | null {
	return written === undefined || written === null || (typeof written === "string" && written.trim() === "") ? date : null;
}

export interface SafetyFinding {
	readonly measure: SafetyMeasure;
	readonly item: number;
	readonly score: number;
}

/** The positive safety item of an entry (ipt-rules.md "Safety"), or null. */
export function safetyFinding(entry: MeasureEntry): SafetyFinding | null {
	const question = MEASURE_FORMS()[entry.measure].safety;
	if (question === null || entry.measure === "gad7") return null;
	const score = "items" in entry ? entry.items[question.item - 1] : entry.safety;
	return score !== undefined && score !== null && score >= 1 ? { measure: entry.measure, item: question.item, score } : null;
}

/** What the clinician reads in the notice that stays until dismissed, once the note has risk_reviewed: false. */
export function safetyMessage(finding: SafetyFinding, session: number | null): string {
	const where = session === null ? "this session" : `session ${session}`;
	return `${MEASURE_LABELS[finding.measure]} item ${finding.item} scored ${finding.score} in ${where}. Follow up with the client in this session. risk_reviewed on this note is now false; tick it once the risk is reviewed.`;
}
