// A report printed by the Obsidian CLI leaves the app for a terminal, a pipe or a file,
// so unless asked for names it is de-identified as an export is: each client a letter
// ("Client A", "Client B" in report order), people by role, notes by label, then a scan
// that refuses the whole output when a known name is still in it.
import { CLIENT_LABEL } from "../../domain/export/export-names";
import { findLeaks } from "../../domain/export/leak-scan";
import { knownNames, type KnownName } from "../../domain/privacy/known-names";
import { privacyNames } from "../../domain/privacy/case-names";
import { caseTextRedactor } from "../../domain/privacy/note-links";
import type { VaultReport } from "./vault-report";

export type DeidentifiedOutput = { readonly text: string } | { readonly refused: string };

/** "Client A", "Client B", ... "Client Z", "Client 27": the first is the export's own label. */
function clientLabel(i: number): string {
	return i === 0 ? CLIENT_LABEL : i < 26 ? `Client ${String.fromCharCode(65 + i)}` : `Client ${i + 1}`;
}

export function deidentifyOutput(report: VaultReport, text: string): DeidentifiedOutput {
	const known: KnownName[] = [];
	let out = text;
	report.cases.forEach(({ bundle }, i) => {
		const privacy = privacyNames(bundle);
		const client = clientLabel(i);
		const note = (path: string): string => (path === bundle.path ? client : privacy.note(path));
		const names = knownNames(bundle, { client, person: (path) => privacy.person(path), note });
		known.push(...names);
		out = caseTextRedactor(bundle, note, names, "every-name")(out);
	});
	const leaks = findLeaks([{ name: "output", text: out }], known);
	if (leaks.length === 0) return { text: out };
	const where = leaks.map((leak) => `a name from the ${leak.source} (${leak.where})`).join("; ");
	return { refused: `IPT Workbench printed nothing: the de-identified output would still hold ${where}. Rename or relabel it in the notes, or add identified=true for an output with names.` };
}
