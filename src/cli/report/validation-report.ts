import type { EngineSettings } from "../../domain/settings/engine-settings";
import { validationText } from "../../index/report/validation-text";
import type { VaultScan } from "../read-vault";
import { indexScan, vaultDiagnostics } from "./scan-report";

export function validationReport(vault: string, scan: VaultScan, settings: EngineSettings): { text: string; hasErrors: boolean } {
	const index = indexScan(scan, settings);
	const diagnostics = vaultDiagnostics(scan, index);
	const text = validationText({ vault, notes: scan.notes.length, cases: index.casePaths().length, diagnostics });
	return { text, hasErrors: diagnostics.some((d) => d.severity === "error") };
}
