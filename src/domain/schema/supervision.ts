// `ipt: supervision`: one note per supervision meeting about a case.
import type { SupervisionRecord } from "../model/records";
import { SUPERVISION_FORMATS } from "../model/vocabulary";
import { FieldSet, type Field } from "./field";
import type { KindSchema } from "./kind-schema";
import { listField } from "./list-fields";
import { MEMBER_FIELDS } from "./member-fields";
import { booleanField, dateField, enumField, integerField, notA, numberOf, textField } from "./scalar-fields";
import { isWholeNumber } from "./whole-number";
import { lazy } from "../lazy";

/**
 * A session number in a list, given as a number or as text without a word: Obsidian's
 * Properties editor writes a list's items as text (as for the questionnaires' items).
 */
const sessionEntry: Field<number | null> = {
	fallback: null,
	read(field, value, report) {
		const number = numberOf(value);
		if (isWholeNumber(number, 1, null)) return number;
		report.error(field, notA(value, "a session number", "a whole number from 1 up"));
		return null;
	},
};

// Made when the first supervision note is read (see domain/lazy.ts).
const SUPERVISION_FIELDS = lazy(function () {
	return new FieldSet({
		...MEMBER_FIELDS,
		date: dateField,
		supervisor: textField,
		// Ten hours at most: a larger number is a slip of the keyboard, not a meeting.
		minutes: integerField("a number of minutes", 1, 600),
		format: enumField("a supervision format", SUPERVISION_FORMATS),
		recording_reviewed: booleanField,
		consent_recorded: booleanField,
		sessions: listField(sessionEntry, true),
	});
});

export const supervisionSchema: KindSchema<SupervisionRecord> = {
	get fields() {
		return SUPERVISION_FIELDS();
	},
	build(note, { path, aliases }) {
		const values = note.readAll(SUPERVISION_FIELDS());
		if (values.date === null) note.requireGiven("date", "a supervision note needs the day it was held (YYYY-MM-DD)");
		if (values.supervisor === null) note.requireGiven("supervisor", "a supervision note needs the supervisor's name");
		if (values.minutes === null) note.requireGiven("minutes", "a supervision note needs how long it lasted, in minutes (60 for an hour)");
		return {
			kind: "supervision",
			path,
			aliases,
			caseLink: values.case,
			date: values.date,
			supervisor: values.supervisor,
			minutes: values.minutes,
			format: values.format,
			recordingReviewed: values.recording_reviewed,
			consentRecorded: values.consent_recorded,
			sessions: values.sessions,
		};
	},
};
