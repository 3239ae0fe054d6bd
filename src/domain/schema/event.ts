// `ipt: event`: one note per life event on the timeline.
import type { EventRecord } from "../model/records";
import { EVENT_TYPE_ALIASES, EVENT_TYPE_CATEGORY, EVENT_TYPES } from "../model/vocabulary";
import { FieldSet } from "./field";
import type { KindSchema } from "./kind-schema";
import { linkListField } from "./link-fields";
import { MEMBER_FIELDS } from "./member-fields";
import { enumField, eventDateField } from "./scalar-fields";
import { lazy } from "../lazy";

// Made when the first event note is read (see domain/lazy.ts).
const EVENT_FIELDS = lazy(function () {
	return new FieldSet({
		...MEMBER_FIELDS,
		date: eventDateField,
		type: enumField("an event type", EVENT_TYPES, EVENT_TYPE_ALIASES),
		people: linkListField,
	});
});

export const eventSchema: KindSchema<EventRecord> = {
	get fields() {
		return EVENT_FIELDS();
	},
	build(note, { path, aliases }) {
		const values = note.readAll(EVENT_FIELDS());
		if (values.date === null) note.requireGiven("date", "an event needs the date it happened (YYYY-MM-DD, or YYYY-MM or YYYY when only the month or the year is known)");
		if (values.type === null) note.requireGiven("type", `an event needs its type, one of ${EVENT_TYPES.join(", ")}`);
		return {
			kind: "event",
			path,
			aliases,
			caseLink: values.case,
			date: values.date,
			type: values.type,
			category: values.type === null ? null : EVENT_TYPE_CATEGORY[values.type],
			people: values.people,
		};
	},
};
