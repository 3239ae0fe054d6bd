// The order both faces list the vault's problems in, so that `validate` and Validate
// notes read alike: the files that need fixing first.
import type { Diagnostic } from "./diagnostic";

function errorsFirst(a: Diagnostic, b: Diagnostic): number {
	return (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1);
}

/** Files with an error before files with only warnings, then by path; within a file, errors first. */
export function diagnosticsByFile(diagnostics: readonly Diagnostic[]): [string, Diagnostic[]][] {
	const files = new Map<string, Diagnostic[]>();
	for (const d of diagnostics) files.set(d.path, [...(files.get(d.path) ?? []), d]);
	const hasError = (list: readonly Diagnostic[]) => list.some((d) => d.severity === "error");
	return [...files]
		.map(([path, list]): [string, Diagnostic[]] => [path, [...list].sort(errorsFirst)])
		.sort(([pathA, a], [pathB, b]) => Number(hasError(b)) - Number(hasError(a)) || (pathA < pathB ? -1 : pathA > pathB ? 1 : 0));
}
