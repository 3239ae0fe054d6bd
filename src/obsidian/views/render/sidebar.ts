// The sidebar's sections, in the order a clinician reads them: safety first.
import type { DueItem } from "../../../domain/views/due-model";
import type { SidebarModel } from "../../../domain/views/sidebar-model";
import { renderClosenessCircle } from "./closeness-circle";
import { renderDiagnostics } from "./diagnostics";
import { renderDue } from "./due";
import type { OpenFolds } from "./fold";
import { renderHeader } from "./header";
import { renderHomework } from "./homework";
import { renderMeasures } from "./measures-chart";
import { renderSection, type OpenNote } from "./note-link";
import { renderPhaseBar } from "./phase-bar";
import { renderProblemAreas } from "./problem-areas";
import { renderSafetyBanner } from "./safety-banner";
import { renderTimeline } from "./timeline";
import type { OpenWhys } from "./why";

/**
 * `folds` and `whys` remember which long lists and rules the user opened, across redraws; `markReviewed`
 * records a review of the open safety items; `dueAction` draws a due item's button.
 */
export function renderSidebar(parent: HTMLElement, model: SidebarModel, open: OpenNote, folds: OpenFolds, whys: OpenWhys, markReviewed?: () => void, dueAction?: (parent: HTMLElement, due: DueItem) => void): void {
	renderSafetyBanner(parent, model.safety, open, folds, markReviewed);
	renderHeader(parent, model.header, open);
	renderPhaseBar(parent, model.phaseBar);
	renderProblemAreas(renderSection(parent, "problem-areas", "Problem areas"), model.problemAreas, open, folds, whys);
	renderClosenessCircle(renderSection(parent, "closeness-circle", "Closeness circle"), model.circle, open);
	renderTimeline(renderSection(parent, "timeline", "Timeline"), model.timeline, open);
	renderMeasures(renderSection(parent, "measures", "Measures"), model.measures, open, whys);
	renderHomework(renderSection(parent, "homework", "Homework"), model.homework, open);
	renderDue(renderSection(parent, "due", "What is due"), model.due, open, whys, dueAction);
	renderDiagnostics(renderSection(parent, "diagnostics", "Diagnostics"), model.diagnostics, open);
}
