import { diagnosticsByFile } from "../../domain/model/diagnostics-by-file";
import type { Diagnostic } from "../../domain/model/diagnostic";
import { countLine, diagnosticLines } from "./diagnostic-lines";

export interface ValidationInput {
	readonly vault: string;
	/** How many notes have IPT frontmatter. */
	readonly notes: number;
	readonly cases: number;
	readonly diagnostics: readonly Diagnostic[];
}

/** Every problem in the notes' properties, file by file, under a line that counts them. */
export function validationText({ vault, notes, cases, diagnostics }: ValidationInput): string {
	const header = `Checked ${notes} notes with IPT frontmatter in ${vault} (${cases} case${cases === 1 ? "" : "s"}): ${countLine(diagnostics)}.`;
	const lines = diagnostics.length === 0 ? [header, "All IPT notes follow the note format."] : [header, "", ...diagnosticLines(diagnosticsByFile(diagnostics).flatMap(([, list]) => list))];
	return `${lines.join("\n")}\n`;
}
