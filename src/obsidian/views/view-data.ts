// The bridge from the workbench to the plain view models: settings picked, names chosen.
import type { CaseAnalysis } from "../../domain/engine/analysis";
import { looseSafetyItems, safetyOfCase, type PlacedSafetyItem } from "../../domain/engine/open-safety";
import type { CaseBundle } from "../../domain/model/case-bundle";
import { parseDate } from "../../domain/model/dates";
import type { CaseNames } from "../../domain/privacy/case-names";
import { CaseNamesCache } from "../../domain/privacy/names-cache";
import { caseloadModel, type CaseloadModel } from "../../domain/views/caseload-model";
import type { CaseloadState } from "../../domain/views/caseload-state";
import { sidebarModel, type SidebarModel } from "../../domain/views/sidebar-model";
import { folderOf, isInFolder } from "../../index/paths";
import { cachedNoteLinks } from "../privacy/cached-links";
import type { Workbench } from "../workbench";

/** One cache of names per workbench, shared by its views. */
const caches = new WeakMap<Workbench, CaseNamesCache>();

export function caseNamesFor(workbench: Workbench, bundle: CaseBundle): CaseNames {
	let cache = caches.get(workbench);
	if (!cache) {
		cache = new CaseNamesCache(cachedNoteLinks(workbench.app));
		caches.set(workbench, cache);
	}
	return cache.names(bundle, workbench.settings.privacyMode, workbench.index);
}

/** Safety answers outside every case's sessions: few notes, so read afresh on each draw. */
function looseSafety(workbench: Workbench): PlacedSafetyItem[] {
	return looseSafetyItems(workbench.index.looseSafety(), parseDate(workbench.today())?.day ?? 0);
}

/** A case's analysis with its loose safety items among its own, as every face shows and exports them. */
export function withLooseSafety(workbench: Workbench, casePath: string, analysis: CaseAnalysis): CaseAnalysis {
	return { ...analysis, safety: safetyOfCase(casePath, analysis.safety, looseSafety(workbench)) };
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
		names: caseNamesFor(workbench, analysed.bundle),
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
		return [{ ...analysed, names: caseNamesFor(workbench, analysed.bundle), safety: safetyOfCase(path, analysed.analysis.safety, loose) }];
	});
	return caseloadModel(cases, settings.engine.scheme, sort, {
		unplaced: loose.filter((l) => l.casePath === null).map((l) => l.item),
		privacy: settings.privacyMode,
		today: workbench.today(),
		filter,
	});
}
