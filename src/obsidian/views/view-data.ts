// The bridge from the workbench to the plain view models: settings picked, names chosen.
import { looseSafetyItems, safetyOfCase, type PlacedSafetyItem } from "../../domain/engine/open-safety";
import { parseDate } from "../../domain/model/dates";
import { caseNames } from "../../domain/privacy/case-names";
import { caseloadModel, type CaseloadModel } from "../../domain/views/caseload-model";
import type { CaseloadState } from "../../domain/views/caseload-state";
import { sidebarModel, type SidebarModel } from "../../domain/views/sidebar-model";
import { folderOf, isInFolder } from "../../index/paths";
import type { Workbench } from "../workbench";

/** Safety answers outside every case's sessions: few notes, so read afresh on each draw. */
function looseSafety(workbench: Workbench): PlacedSafetyItem[] {
	return looseSafetyItems(workbench.index.looseSafety(), parseDate(workbench.today())?.day ?? 0);
}

/** One case's work only: its analysis (cached by the workbench) and its notes' diagnostics. */
export function sidebarModelFor(workbench: Workbench, casePath: string): SidebarModel | null {
	const analysed = workbench.analysed(casePath);
	if (!analysed) return null;
	const { settings } = workbench;
	const loose = looseSafety(workbench);
	const folder = folderOf(casePath);
	return sidebarModel({
		bundle: analysed.bundle,
		analysis: analysed.analysis,
		diagnostics: workbench.index.caseDiagnostics(casePath),
		names: caseNames(analysed.bundle, settings.privacyMode),
		scheme: settings.engine.scheme,
		ringCount: settings.engine.ringCount,
		safety: safetyOfCase(casePath, analysed.analysis.safety, loose),
		nearbySafety: loose.filter((l) => l.casePath === null && (folder === "" || isInFolder(l.item.path, folder))).map((l) => l.item),
	});
}

/** Every case: the caseload's job, so only a visible caseload asks. */
export function caseloadModelFor(workbench: Workbench, { sort, filter }: CaseloadState): CaseloadModel {
	const { settings } = workbench;
	const loose = looseSafety(workbench);
	const cases = workbench.index.casePaths().flatMap((path) => {
		const analysed = workbench.analysed(path);
		if (!analysed) return [];
		return [{ ...analysed, names: caseNames(analysed.bundle, settings.privacyMode), safety: safetyOfCase(path, analysed.analysis.safety, loose) }];
	});
	return caseloadModel(cases, settings.engine.scheme, sort, {
		unplaced: loose.filter((l) => l.casePath === null).map((l) => l.item),
		privacy: settings.privacyMode,
		today: workbench.today(),
		filter,
	});
}
