import type { Diagnostic } from "../../domain/model/diagnostic";

/** Diagnostics grouped under their file, errors marked so they stand out in a terminal. */
export function diagnosticLines(diagnostics: readonly Diagnostic[], indent = ""): string[] {
	const lines: string[] = [];
	let lastPath: string | null = null;
	for (const d of diagnostics) {
		if (d.path !== lastPath) {
			lines.push(`${indent}${d.path}`);
			lastPath = d.path;
		}
		// Messages name their field and value themselves.
		lines.push(`${indent}  ${d.severity === "error" ? "error  " : "warning"} ${d.message}`);
	}
	return lines;
}

export function countLine(diagnostics: readonly Diagnostic[]): string {
	const errors = diagnostics.filter((d) => d.severity === "error").length;
	const warnings = diagnostics.length - errors;
	return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
}
