// `ipt: person`: one note per person in the interpersonal inventory.
import type { PersonRecord } from "../model/records";
import {
	CONTACT_FREQUENCIES,
	CONTACT_FREQUENCY_ALIASES,
	DISPUTE_STAGE_ALIASES,
	DISPUTE_STAGES,
	GRIEF_MARKER_ALIASES,
	GRIEF_MARKERS,
	PERSON_STATUS_ALIASES,
	PERSON_STATUSES,
} from "../model/vocabulary";
import { FieldSet } from "./field";
import { basenameOf, type KindSchema } from "./kind-schema";
import { lazy } from "../lazy";
import { linkListField } from "./link-fields";
import { listField } from "./list-fields";
import { MEMBER_FIELDS } from "./member-fields";
import { booleanField, enumField, eventDateField, integerField, textField } from "./scalar-fields";

function personFields(rings: 3 | 4) {
	return new FieldSet({
		...MEMBER_FIELDS,
		name: textField,
		role: textField,
		circle: integerField("a closeness ring", 1, rings),
		contact: enumField("a contact frequency", CONTACT_FREQUENCIES, CONTACT_FREQUENCY_ALIASES),
		support: integerField("a support level", 0, 3),
		conflict: integerField("a conflict level", 0, 3),
		status: enumField("a person status", PERSON_STATUSES, PERSON_STATUS_ALIASES),
		died: eventDateField,
		grief_markers: listField(enumField("a grief marker", GRIEF_MARKERS, GRIEF_MARKER_ALIASES), true),
		dispute_stage: enumField("a dispute stage", DISPUTE_STAGES, DISPUTE_STAGE_ALIASES),
		expectations_reciprocal: booleanField,
		confidant: booleanField,
		related: linkListField,
	});
}

// Built once per ring count, when the first person note is read: not per note, nor at load.
const FIELDS_BY_RINGS = { 3: lazy(function () { return personFields(3); }), 4: lazy(function () { return personFields(4); }) };

export const personSchema: KindSchema<PersonRecord> = {
	get fields() {
		return FIELDS_BY_RINGS[3]();
	},
	build(note, { path, aliases }, { rings = 3 }) {
		const values = note.readAll(FIELDS_BY_RINGS[rings === 4 ? 4 : 3]());
		let status = values.status ?? "living";
		if (values.died !== null) {
			// The date wins: a recorded death is what the grief rules need to see.
			if (values.status === "living") {
				note.warning(
					note.fieldName("status"),
					`"living" disagrees with the died date ${values.died.text}; the person is counted as deceased. Set status to deceased, or remove died`,
				);
			}
			status = "deceased";
		}
		return {
			kind: "person",
			path,
			aliases,
			caseLink: values.case,
			name: values.name ?? basenameOf(path),
			role: values.role,
			circle: values.circle,
			contact: values.contact,
			support: values.support,
			conflict: values.conflict,
			status,
			died: values.died,
			griefMarkers: values.grief_markers,
			disputeStage: values.dispute_stage,
			expectationsReciprocal: values.expectations_reciprocal,
			confidant: values.confidant,
			related: values.related,
		};
	},
};
