import { parseArgs } from "node:util";
import { parseDate } from "../domain/model/dates";
import { MAIN_HELP, REPORT_HELP, VALIDATE_HELP } from "./usage";

export type Command =
	| { readonly name: "help"; readonly text: string }
	| { readonly name: "report"; readonly vault: string; readonly json: boolean; readonly caseQuery?: string; readonly today?: string }
	| { readonly name: "validate"; readonly vault: string };

export class UsageError extends Error {}

/** Reads the command line; a UsageError carries the one-line reason for exit code 2. */
export function parseCommand(argv: readonly string[]): Command {
	const [name, ...rest] = argv;
	if (name === undefined || name === "--help" || name === "-h" || name === "help") return { name: "help", text: MAIN_HELP };
	if (name === "report") return parseReport(rest);
	if (name === "validate") return parseValidate(rest);
	throw new UsageError(`unknown command "${name}"; expected report or validate (see --help).`);
}

const HELP = { help: { type: "boolean", short: "h" } } as const;
const REPORT_OPTIONS = { ...HELP, json: { type: "boolean" }, case: { type: "string" }, today: { type: "string" } } as const;

/** node:util's parser, with its complaints turned into usage errors. */
function parse<T>(read: () => T): T {
	try {
		return read();
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
}

function vaultArgument(positionals: readonly string[], command: string): string {
	const [vault, extra] = positionals;
	if (vault === undefined) throw new UsageError(`${command} needs a vault folder: ipt-workbench ${command} <vault>`);
	if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}" (${command} takes one vault folder).`);
	return vault;
}

function parseReport(args: readonly string[]): Command {
	const { values, positionals } = parse(() => parseArgs({ args: [...args], options: REPORT_OPTIONS, allowPositionals: true, strict: true }));
	if (values.help === true) return { name: "help", text: REPORT_HELP };
	const vault = vaultArgument(positionals, "report");
	const today = values.today;
	if (typeof today === "string" && parseDate(today)?.precision !== "day") {
		throw new UsageError(`--today "${today}" is not a date; expected YYYY-MM-DD.`);
	}
	return {
		name: "report",
		vault,
		json: values.json === true,
		...(typeof values.case === "string" ? { caseQuery: values.case } : {}),
		...(typeof today === "string" ? { today: parseDate(today)?.text } : {}),
	};
}

function parseValidate(args: readonly string[]): Command {
	const { values, positionals } = parse(() => parseArgs({ args: [...args], options: HELP, allowPositionals: true, strict: true }));
	if (values.help === true) return { name: "help", text: VALIDATE_HELP };
	return { name: "validate", vault: vaultArgument(positionals, "validate") };
}
