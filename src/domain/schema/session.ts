// `ipt: session`: one note per session held.
import { completeItems, type ItemScores, type Scores, type SessionRecord } from "../model/records";
import { HOMEWORK_REVIEWS, MEASURES, SESSION_PHASES, TASKS, type Measure } from "../model/vocabulary";
import { FieldSet } from "./field";
import type { KindSchema } from "./kind-schema";
import { itemsField, listField } from "./list-fields";
import { MEMBER_FIELDS } from "./member-fields";
import type { NoteReader } from "./note-reader";
import { booleanField, dateField, enumField, integerField } from "./scalar-fields";
import { problemAreasField, textListField } from "./shared-fields";

const SESSION_FIELDS = new FieldSet({
	...MEMBER_FIELDS,
	// 0 is a group's pre-group meeting; the index tells a case of another protocol that it is not one of its sessions.
	session: integerField("a session number", 0, null),
	date: dateField,
	phase: enumField("a treatment phase", SESSION_PHASES),
	focus: problemAreasField,
	tasks: listField(enumField("an IPT task", TASKS), true),
	phq9: integerField("a PHQ-9 total", 0, 27),
	phq9_items: itemsField("PHQ-9", 9, 3),
	phq9_item9: integerField("a PHQ-9 item 9 score", 0, 3),
	gad7: integerField("a GAD-7 total", 0, 21),
	gad7_items: itemsField("GAD-7", 7, 3),
	hamd: integerField("a HAM-D total", 0, 52),
	hamd_item3: integerField("a HAM-D item 3 score", 0, 4),
	epds: integerField("an EPDS total", 0, 30),
	epds_item10: integerField("an EPDS item 10 score", 0, 3),
	homework: textListField,
	homework_review: enumField("a homework review", HOMEWORK_REVIEWS),
	risk_reviewed: booleanField,
});

/**
 * The total a session counts for a questionnaire: the items' sum when every item is
 * usable (a disagreeing total gets an error), else the total as written: a sum of
 * some items would understate the score.
 */
function totalOf(note: NoteReader, totalKey: Measure, total: number | null, itemsKey: string, given: ItemScores | null): number | null {
	const items = completeItems(given);
	if (items === null) return total;
	const sum = items.reduce((a, b) => a + b, 0);
	if (total !== null && total !== sum) {
		note.error(note.fieldName(totalKey), `${total} does not match ${note.fieldName(itemsKey)}, whose items add up to ${sum}; ${sum} is used`);
	}
	return sum;
}

export const sessionSchema: KindSchema<SessionRecord> = {
	fields: SESSION_FIELDS,
	build(note, { path, aliases, safety }) {
		const values = note.readAll(SESSION_FIELDS);
		if (values.session === null) note.requireGiven("session", "a session note needs its session number, a whole number from 1 up (0 for a group's pre-group meeting)");
		const totals: Record<Measure, number | null> = {
			phq9: totalOf(note, "phq9", values.phq9, "phq9_items", values.phq9_items),
			gad7: totalOf(note, "gad7", values.gad7, "gad7_items", values.gad7_items),
			hamd: values.hamd,
			epds: values.epds,
		};
		const scores: { [M in Measure]?: number } = {};
		for (const measure of MEASURES) {
			const total = totals[measure];
			if (total !== null) scores[measure] = total;
		}
		return {
			kind: "session",
			path,
			aliases,
			caseLink: values.case,
			session: values.session,
			date: values.date,
			phase: values.phase,
			focus: values.focus,
			tasks: values.tasks,
			scores: scores satisfies Scores,
			phq9Items: values.phq9_items,
			gad7Items: values.gad7_items,
			hamdItem3: values.hamd_item3,
			epdsItem10: values.epds_item10,
			safety,
			homework: values.homework,
			homeworkReview: values.homework_review,
			riskReviewed: values.risk_reviewed ?? false,
		};
	},
};
