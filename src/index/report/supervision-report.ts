// The supervision totals as both command lines print them: the tool's `supervision`
// and the Obsidian CLI's `ipt-workbench:supervision` (which de-identifies the text after).
import type { CaseBundle } from "../../domain/model/case-bundle";
import { plainNames } from "../../domain/privacy/case-names";
import type { EngineSettings } from "../../domain/settings/engine-settings";
import { supervisionTotals } from "../../domain/supervision/supervision-totals";
import { totalsJson } from "../../domain/supervision/totals-json";
import { totalsRows, totalsText } from "../../domain/supervision/totals-rows";

export function supervisionReport(bundles: readonly CaseBundle[], settings: EngineSettings, json: boolean): string {
	const totals = supervisionTotals(
		bundles.map((bundle) => ({ bundle, names: plainNames(bundle) })),
		settings,
	);
	return json ? totalsJson(totals) : totalsText(totalsRows(totals));
}
