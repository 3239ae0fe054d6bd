// The formulation check of one note of the index, as both faces run it: the note must be
// a student's formulation placed in a case; the case's flags come from the engine.
import { analyseCase } from "../domain/engine/analyse-case";
import { checkFormulation, type FormulationCheck } from "../domain/practice/check-formulation";
import type { EngineSettings } from "../domain/settings/engine-settings";
import type { VaultIndex } from "./vault-index";

export type FormulationCheckResult = { readonly check: FormulationCheck } | { readonly problem: string };

export function checkFormulationNote(index: VaultIndex, path: string, settings: EngineSettings, today: string): FormulationCheckResult {
	const record = index.record(path);
	if (record?.kind === "formulation-key") return { problem: `"${path}" is a formulation key; run the check on a student's formulation (ipt: formulation) of the same case.` };
	if (record?.kind !== "formulation") return { problem: `"${path}" is not a formulation note; write one with ipt: formulation, a case link, the areas you see, the focus and the evidence notes.` };
	const casePath = index.caseOf(path);
	const bundle = casePath === null ? null : index.caseBundle(casePath);
	if (casePath === null || bundle === null) return { problem: `"${path}" belongs to no case; add case: "[[...]]" with the case note it formulates, or move it into the case's folder.` };
	const analysis = analyseCase(bundle, settings, today);
	return {
		check: checkFormulation({
			formulation: record,
			bundle,
			flags: analysis.flags,
			sensitivityConsidered: analysis.sensitivityConsidered,
			keys: index.formulationKeys(casePath),
		}),
	};
}
