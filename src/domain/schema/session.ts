// `ipt: session`: one note per session, held or not (`attended: false`).
import { completeItems, type ItemScores, type Scores, type SessionRecord } from "../model/records";
import {
	ABSENCE_REASON_ALIASES,
	ABSENCE_REASONS,
	HOMEWORK_REVIEW_ALIASES,
	HOMEWORK_REVIEWS,
	MEASURES,
	SESSION_PHASE_ALIASES,
	SESSION_PHASES,
	TASK_ALIASES,
	TASKS,
	type AbsenceReason,
	type Measure,
} from "../model/vocabulary";
import { FieldSet } from "./field";
import type { KindSchema } from "./kind-schema";
import { itemsField, listField } from "./list-fields";
import { MEMBER_FIELDS } from "./member-fields";
import type { NoteReader } from "./note-reader";
import { checklistTasks } from "./checklist-tasks";
import { booleanField, dateField, enumField, integerField } from "./scalar-fields";
import { problemAreasField, textListField } from "./shared-fields";
import { lazy } from "../lazy";

// Made when the first session note is read (see domain/lazy.ts).
const SESSION_FIELDS = lazy(function () {
	return new FieldSet({
		...MEMBER_FIELDS,
		// 0 is a group's pre-group meeting; the index tells a case of another protocol that it is not one of its sessions.
		session: integerField("a session number", 0, null),
		date: dateField,
		phase: enumField("a treatment phase", SESSION_PHASES, SESSION_PHASE_ALIASES),
		focus: problemAreasField,
		tasks: listField(enumField("an IPT task", TASKS, TASK_ALIASES), true),
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
		homework_review: enumField("a homework review", HOMEWORK_REVIEWS, HOMEWORK_REVIEW_ALIASES),
		risk_reviewed: booleanField,
		attended: booleanField,
		reason: enumField("a reason a session was not held", ABSENCE_REASONS, ABSENCE_REASON_ALIASES),
	});
});

/**
 * `attended: false` marks a session not held; `reason` says why. A reason alone is
 * read as not attended, and a reason beside `attended: true` is ignored: each with a
 * warning, since the two keys disagree or one is missing. Tasks listed on a session
 * not held count toward nothing, which the note is told.
 */
function absenceOf(note: NoteReader, attended: boolean | null, reason: AbsenceReason | null, tasks: readonly string[]): SessionRecord["absence"] {
	if (attended === true) {
		if (reason !== null) note.warning(note.fieldName("reason"), `${reason} is ignored, because attended is true; remove reason, or set attended to false`);
		return null;
	}
	if (attended === null && reason === null) return null;
	if (attended === null) note.warning(note.fieldName("reason"), `${reason} is read as a session not held; add attended: false`);
	if (tasks.length > 0) {
		note.warning(note.fieldName("tasks"), "a session not held counts toward no task; list the tasks on the session where they were done");
	}
	return { reason };
}

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
	get fields() {
		return SESSION_FIELDS();
	},
	build(note, { path, aliases, safety, checklist }) {
		const values = note.readAll(SESSION_FIELDS());
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
			// Ticked in the body or listed in `tasks`: either way the task was done.
			tasks: [...new Set([...values.tasks, ...checklistTasks(checklist, note)])],
			scores: scores satisfies Scores,
			phq9Items: values.phq9_items,
			gad7Items: values.gad7_items,
			hamdItem3: values.hamd_item3,
			epdsItem10: values.epds_item10,
			safety,
			homework: values.homework,
			homeworkReview: values.homework_review,
			riskReviewed: values.risk_reviewed ?? false,
			absence: absenceOf(note, values.attended, values.reason, values.tasks),
		};
	},
};
