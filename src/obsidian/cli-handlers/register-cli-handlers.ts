import { requireApiVersion, type CliData } from "obsidian";
import { caseloadText, safetyText } from "../../index/report/caseload-text";
import { deidentifyOutput } from "../../index/report/deidentify-output";
import { jsonReport, safetyJsonReport } from "../../index/report/json-report";
import { supervisionReport } from "../../index/report/supervision-report";
import { reportHeader, textReport } from "../../index/report/text-report";
import { validationText } from "../../index/report/validation-text";
import { buildVaultReport, UnknownCaseError, type VaultReport } from "../../index/report/vault-report";
import type { Workbench } from "../workbench";
import { CASE_FLAG, caseParam, EXPLAIN_FLAG, explainParam, FORMAT_FLAG, formatParam, IDENTIFIED_FLAG, identifiedParam, ParamError } from "./cli-params";

type Output = (report: VaultReport, params: CliData) => string;

function report(workbench: Workbench, caseQuery: string | undefined): VaultReport {
	return buildVaultReport(workbench.index, workbench.index.diagnostics(), {
		vault: workbench.app.vault.getName(),
		today: workbench.today(),
		settings: workbench.settings.engine,
		caseQuery,
		caseOption: "case=",
	});
}

/** Notes Obsidian has read with an `ipt` property, the templates folder left out as the index leaves it. */
function iptNoteCount(workbench: Workbench): number {
	const { app, settings } = workbench;
	return app.vault.getMarkdownFiles().filter((file) => !file.path.startsWith(`${settings.templatesFolder}/`) && app.metadataCache.getFileCache(file)?.frontmatter?.ipt !== undefined).length;
}

/**
 * Runs one CLI command. Whatever happens the user reads a message: a wrong parameter
 * says which and how to fix it, and anything unforeseen names the command that failed.
 */
function answer(workbench: Workbench, command: string, params: CliData, output: Output, casePicked = false): string {
	try {
		const identified = identifiedParam(params);
		const full = report(workbench, casePicked ? caseParam(params) : undefined);
		const text = output(full, params);
		if (identified) return text;
		const safe = deidentifyOutput(full, text);
		return "text" in safe ? safe.text : safe.refused;
	} catch (error) {
		if (error instanceof ParamError || error instanceof UnknownCaseError) return `IPT Workbench: ${error.message}`;
		return `IPT Workbench: ${command} failed: ${error instanceof Error ? error.message : String(error)}`;
	}
}

/** `obsidian ipt-workbench`, `ipt-workbench:report`, `:safety`, `:validate` and `:supervision`; nothing on an app older than the CLI (1.12.2). */
export function registerCliHandlers(workbench: Workbench): void {
	const { plugin } = workbench;
	const scheme = (): typeof workbench.settings.engine.scheme => workbench.settings.engine.scheme;
	if (requireApiVersion("1.12.2")) {
		plugin.registerCliHandler("ipt-workbench", "IPT caseload: open safety items, then each case on a line", { identified: IDENTIFIED_FLAG }, (params) =>
			answer(workbench, "ipt-workbench", params, (full) => caseloadText(full, scheme())),
		);
		const reportFlags = { case: CASE_FLAG, format: FORMAT_FLAG, explain: EXPLAIN_FLAG, identified: IDENTIFIED_FLAG };
		plugin.registerCliHandler("ipt-workbench:report", "IPT report of every case, or of one", reportFlags, (params) =>
			answer(
				workbench,
				"ipt-workbench:report",
				params,
				(full) => (formatParam(params) === "json" ? jsonReport(full) : textReport(full, scheme(), { explain: explainParam(params) })),
				true,
			),
		);
		plugin.registerCliHandler("ipt-workbench:safety", "IPT open safety items and sessions without the safety item", { format: FORMAT_FLAG, identified: IDENTIFIED_FLAG }, (params) =>
			answer(workbench, "ipt-workbench:safety", params, (full) => (formatParam(params) === "json" ? safetyJsonReport(full) : safetyText(full))),
		);
		plugin.registerCliHandler("ipt-workbench:validate", "Every problem in the IPT notes' properties, with its file and field", { identified: IDENTIFIED_FLAG }, (params) =>
			answer(workbench, "ipt-workbench:validate", params, (full) =>
				[...reportHeader(full), "", validationText({ vault: full.vault, notes: iptNoteCount(workbench), cases: full.cases.length, diagnostics: full.diagnostics })].join("\n"),
			),
		);
		plugin.registerCliHandler("ipt-workbench:supervision", "IPT supervision totals, per case and over all cases", { format: FORMAT_FLAG, identified: IDENTIFIED_FLAG }, (params) =>
			answer(workbench, "ipt-workbench:supervision", params, (full) =>
				supervisionReport(
					full.cases.map((c) => c.bundle),
					workbench.settings.engine,
					formatParam(params) === "json",
				),
			),
		);
	}
}
