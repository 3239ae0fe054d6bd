// The bridge from the workbench to the plain view models: settings picked, names chosen.
import { caseNames } from "../../domain/privacy/case-names";
import { caseloadModel, type CaseloadModel, type CaseloadSort } from "../../domain/views/caseload-model";
import { sidebarModel, type SidebarModel } from "../../domain/views/sidebar-model";
import type { Workbench } from "../workbench";

/** One case's work only: its analysis (cached by the workbench) and its notes' diagnostics. */
export function sidebarModelFor(workbench: Workbench, casePath: string): SidebarModel | null {
	const analysed = workbench.analysed(casePath);
	if (!analysed) return null;
	const { settings } = workbench;
	return sidebarModel({
		bundle: analysed.bundle,
		analysis: analysed.analysis,
		diagnostics: workbench.index.caseDiagnostics(casePath),
		names: caseNames(analysed.bundle, settings.privacyMode),
		scheme: settings.engine.scheme,
		ringCount: settings.engine.ringCount,
	});
}

/** Every case: the caseload's job, so only a visible caseload asks. */
export function caseloadModelFor(workbench: Workbench, sort: CaseloadSort): CaseloadModel {
	const { settings } = workbench;
	const cases = workbench.index.casePaths().flatMap((path) => {
		const analysed = workbench.analysed(path);
		return analysed ? [{ ...analysed, names: caseNames(analysed.bundle, settings.privacyMode) }] : [];
	});
	return caseloadModel(cases, settings.engine.scheme, sort);
}
