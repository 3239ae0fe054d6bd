import { supervisionTotals } from "../../domain/supervision/supervision-totals";
import { totalsRows } from "../../domain/supervision/totals-rows";
import { SupervisionModal } from "../modals/supervision-modal";
import { screenOf } from "../privacy/screen";
import { caseNamesFor } from "../views/view-data";
import type { Workbench } from "../workbench";

/** The totals as they stand now: every case, named as the views name it (privacy mode included). */
export function openSupervisionTotals(workbench: Workbench): void {
	const cases = workbench.index.cases().map((bundle) => ({ bundle, names: caseNamesFor(workbench, bundle) }));
	const totals = supervisionTotals(cases, workbench.settings.engine);
	new SupervisionModal(workbench.app, totalsRows(totals), screenOf(workbench)).open();
}
