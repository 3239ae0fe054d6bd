// `ipt: formulation` (a student's) and `ipt: formulation-key` (a trainer's): the problem
// areas seen in a case, the focus chosen and the notes that show it.
import type { FormulationKeyRecord, FormulationRecord } from "../model/records";
import { FieldSet } from "./field";
import type { KindSchema } from "./kind-schema";
import { linkListField } from "./link-fields";
import { MEMBER_FIELDS } from "./member-fields";
import { problemAreasField } from "./shared-fields";
import { lazy } from "../lazy";

// Made when the first formulation note is read (see domain/lazy.ts).
const FORMULATION_FIELDS = lazy(function () {
	return new FieldSet({
		...MEMBER_FIELDS,
		areas: problemAreasField,
		focus: problemAreasField,
		evidence: linkListField,
	});
});

function formulationSchema<R extends FormulationRecord | FormulationKeyRecord>(kind: R["kind"]): KindSchema<R> {
	return {
		get fields() {
			return FORMULATION_FIELDS();
		},
		build(note, { path, aliases }) {
			const values = note.readAll(FORMULATION_FIELDS());
			if (values.areas.length === 0) note.requireGiven("areas", "a formulation names the problem areas the notes show (grief, role-dispute, role-transition, interpersonal-sensitivity)");
			return { kind, path, aliases, caseLink: values.case, areas: values.areas, focus: values.focus, evidence: values.evidence } as R;
		},
	};
}

export const formulationSchemas = {
	formulation: formulationSchema<FormulationRecord>("formulation"),
	"formulation-key": formulationSchema<FormulationKeyRecord>("formulation-key"),
} as const;
