import type { CliData, CliFlag } from "obsidian";

export type Format = "json" | "text";

export const IDENTIFIED_FLAG: CliFlag = { description: "Print names and note paths as the notes give them (de-identified by default)" };
export const FORMAT_FLAG: CliFlag = { value: "json|text", description: "json: the same shape as the command-line tool's report --json; text by default" };
export const CASE_FLAG: CliFlag = { value: "<case note, folder or client>", description: "Only this case" };
export const EXPLAIN_FLAG: CliFlag = { description: "Print the rule behind each flag, evidence line, warning and measure category (text format)" };

/** A parameter the user got wrong: printed as it is, with nothing else. */
export class ParamError extends Error {}

/** The CLI passes a bare flag as "true"; `name=false` is also understood. */
function switchParam(params: CliData, name: string, meaning: string): boolean {
	const value = params[name];
	if (value === undefined || value === "false") return false;
	if (value === "true") return true;
	throw new ParamError(`${name}=${value} is not understood: give ${name}=true for ${meaning}, or leave it out.`);
}

export function identifiedParam(params: CliData): boolean {
	return switchParam(params, "identified", "names");
}

export function explainParam(params: CliData): boolean {
	return switchParam(params, "explain", "the rules");
}

export function formatParam(params: CliData): Format {
	const value = params.format;
	if (value === undefined || value === "text") return "text";
	if (value === "json") return "json";
	throw new ParamError(`format=${value} is not a format: give format=json or format=text.`);
}

/** The case a `case=` names, trimmed; undefined without one. */
export function caseParam(params: CliData): string | undefined {
	const value = params.case;
	if (value === undefined) return undefined;
	if (value === "true" || value.trim() === "") throw new ParamError("case= is empty: give a case note's path, its folder or a client, as in case=\"IPT/Maya K\".");
	return value.trim();
}
