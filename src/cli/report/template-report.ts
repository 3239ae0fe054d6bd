import { diagnosticsByFile } from "../../domain/model/diagnostics-by-file";
import type { TemplateScan } from "../read-templates";
import { countLine, diagnosticLines } from "../../index/report/diagnostic-lines";

function plural(n: number, one: string): string {
	return `${n} ${one}${n === 1 ? "" : "s"}`;
}

export function templateReport(vault: string, scan: TemplateScan): { text: string; hasErrors: boolean } {
	const where = scan.folders.map((folder) => `"${folder}"`).join(", ");
	const others = scan.otherFiles === 0 ? "" : ` (and ${plural(scan.otherFiles, "other note")} that make no IPT note)`;
	const lines = [`Checked ${plural(scan.iptTemplates.length, "IPT template")}${others} in ${where} of ${vault}, placeholders filled with sample values: ${countLine(scan.diagnostics)}.`];
	for (const { folder, reason } of scan.missing) lines.push(`The templates folder "${folder}" could not be read (${reason}).`);
	if (scan.diagnostics.length === 0) lines.push("Every IPT template follows the note format.");
	else lines.push("", ...diagnosticLines(diagnosticsByFile(scan.diagnostics).flatMap(([, list]) => list)));
	return { text: `${lines.join("\n")}\n`, hasErrors: scan.diagnostics.some((d) => d.severity === "error") };
}
