// The bridge from the workbench to the plain view models: settings picked, names chosen.
import type { CaseBundle } from "../../domain/model/case-bundle";
import type { CaseNames } from "../../domain/privacy/case-names";
import { CaseNamesCache } from "../../domain/privacy/names-cache";
import { caseloadModel, type CaseloadModel, type CaseloadSort } from "../../domain/views/caseload-model";
import { sidebarModel, type SidebarModel } from "../../domain/views/sidebar-model";
import { cachedNoteLinks } from "../privacy/cached-links";
import type { Workbench } from "../workbench";

/** One cache of names per workbench, shared by its views. */
const caches = new WeakMap<Workbench, CaseNamesCache>();

function namesFor(workbench: Workbench, bundle: CaseBundle): CaseNames {
	let cache = caches.get(workbench);
	if (!cache) {
		cache = new CaseNamesCache(cachedNoteLinks(workbench.app));
		caches.set(workbench, cache);
	}
	return cache.names(bundle, workbench.settings.privacyMode, workbench.index);
}

/** One case's work only: its analysis (cached by the workbench) and its notes' diagnostics. */
export function sidebarModelFor(workbench: Workbench, casePath: string): SidebarModel | null {
	const analysed = workbench.analysed(casePath);
	if (!analysed) return null;
	const { settings } = workbench;
	return sidebarModel({
		bundle: analysed.bundle,
		analysis: analysed.analysis,
		diagnostics: workbench.index.caseDiagnostics(casePath),
		names: namesFor(workbench, analysed.bundle),
		scheme: settings.engine.scheme,
		ringCount: settings.engine.ringCount,
	});
}

/** Every case: the caseload's job, so only a visible caseload asks. */
export function caseloadModelFor(workbench: Workbench, sort: CaseloadSort): CaseloadModel {
	const { settings } = workbench;
	const cases = workbench.index.casePaths().flatMap((path) => {
		const analysed = workbench.analysed(path);
		return analysed ? [{ ...analysed, names: namesFor(workbench, analysed.bundle) }] : [];
	});
	return caseloadModel(cases, settings.engine.scheme, sort);
}
