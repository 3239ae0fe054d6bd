export type Severity = "error" | "warning";

/** A problem in one note, told so that the clinician can find and fix it. */
export interface Diagnostic {
	readonly path: string;
	readonly field: string;
	readonly severity: Severity;
	readonly message: string;
}
