// Problems in the case's notes, each pointing at its file and field.
import type { Diagnostic, Severity } from "../model/diagnostic";
import type { CaseNames } from "../privacy/case-names";
import type { NoteLinkModel } from "./note-link";

export interface DiagnosticLine {
	readonly severity: Severity;
	readonly field: string;
	readonly message: string;
	readonly link: NoteLinkModel;
}

export interface DiagnosticsModel {
	readonly lines: readonly DiagnosticLine[];
}

export function diagnosticsModel(diagnostics: readonly Diagnostic[], names: CaseNames): DiagnosticsModel {
	return {
		lines: diagnostics.map((diagnostic) => ({
			severity: diagnostic.severity,
			field: diagnostic.field,
			message: names.redact(diagnostic.message),
			link: { path: diagnostic.path, text: names.note(diagnostic.path) },
		})),
	};
}
