// What each code block draws, from the same models and renderers as the sidebar and the
// caseload. Open safety items come first in every one of them.
import type { EmbedKind } from "../../domain/embeds/block-options";
import type { CaseloadSort, CaseloadColumn } from "../../domain/views/caseload-model";
import type { SafetyModel } from "../../domain/views/safety-model";
import type { SidebarModel } from "../../domain/views/sidebar-model";
import type { Workbench } from "../workbench";
import { renderCaseloadSafety, renderCaseloadTable } from "../views/render/caseload-table";
import { renderClosenessCircle } from "../views/render/closeness-circle";
import { renderDue } from "../views/render/due";
import type { OpenFolds } from "../views/render/fold";
import { renderHeader } from "../views/render/header";
import { renderMeasures } from "../views/render/measures-chart";
import { renderSection, type OpenNote } from "../views/render/note-link";
import { renderPhaseBar } from "../views/render/phase-bar";
import { renderProblemAreas } from "../views/render/problem-areas";
import { renderSafetyBanner } from "../views/render/safety-banner";
import { renderTimeline } from "../views/render/timeline";
import type { OpenWhys } from "../views/render/why";
import { caseloadModelFor } from "../views/view-data";

export interface EmbedContext {
	readonly open: OpenNote;
	readonly folds: OpenFolds;
	readonly whys: OpenWhys;
}

/** A block that shows one part of a case leads with what is open; the reviewed history is the sidebar's and the summary's. */
function openOnly(safety: SafetyModel): SafetyModel {
	return { ...safety, reviewed: [] };
}

export function drawCaseEmbed(root: HTMLElement, kind: Exclude<EmbedKind, "caseload">, model: SidebarModel, { open, folds, whys }: EmbedContext): void {
	renderSafetyBanner(root, kind === "summary" ? model.safety : openOnly(model.safety), open, folds);
	switch (kind) {
		case "circle":
			renderClosenessCircle(renderSection(root, "closeness-circle", "Closeness circle"), model.circle, open);
			return;
		case "timeline":
			renderTimeline(renderSection(root, "timeline", "Timeline"), model.timeline, open);
			return;
		case "measures":
			renderMeasures(renderSection(root, "measures", "Measures"), model.measures, open, whys);
			return;
		case "summary":
			renderHeader(root, model.header, open);
			renderPhaseBar(root, model.phaseBar);
			renderProblemAreas(renderSection(root, "problem-areas", "Problem areas"), model.problemAreas, open, folds, whys);
			renderDue(renderSection(root, "due", "What is due"), model.due, open, whys);
			return;
	}
}

export function drawCaseloadEmbed(root: HTMLElement, workbench: Workbench, sort: CaseloadSort, open: OpenNote, sortBy: (column: CaseloadColumn) => void): void {
	const model = caseloadModelFor(workbench, { sort, filter: "all" });
	renderCaseloadSafety(root, model, open);
	renderCaseloadTable(root, model, { open, sortBy });
}
