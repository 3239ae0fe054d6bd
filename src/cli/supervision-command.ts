// `ipt-workbench supervision`: the totals of the vault's supervision notes.
import { plainNames } from "../domain/privacy/case-names";
import type { EngineSettings } from "../domain/settings/engine-settings";
import { totalsJson } from "../domain/supervision/totals-json";
import { totalsRows, totalsText } from "../domain/supervision/totals-rows";
import { supervisionTotals } from "../domain/supervision/supervision-totals";
import type { VaultScan } from "./read-vault";
import { indexScan } from "./report/scan-report";

export function supervisionReport(scan: VaultScan, settings: EngineSettings, json: boolean): string {
	const cases = indexScan(scan, settings)
		.cases()
		.map((bundle) => ({ bundle, names: plainNames(bundle) }));
	const totals = supervisionTotals(cases, settings);
	return json ? totalsJson(totals) : totalsText(totalsRows(totals));
}
