import { parseArgs } from "node:util";
import { parseDate } from "../domain/model/dates";
import { CHECK_FORMULATION_HELP, CLASS_VAULT_HELP, EXPORT_HELP, MAIN_HELP, PORTFOLIO_HELP, REPORT_HELP, SUPERVISION_HELP, VALIDATE_HELP } from "./usage";

export type Command =
	| { readonly name: "help"; readonly text: string }
	| { readonly name: "report"; readonly vault: string; readonly json: boolean; readonly explain: boolean; readonly caseQuery?: string; readonly today?: string }
	| { readonly name: "validate"; readonly vault: string; readonly templates: boolean }
	| ExportCommand
	| { readonly name: "check-formulation"; readonly vault: string; readonly note: string; readonly today?: string }
	| { readonly name: "class-vault"; readonly vault: string; readonly out: string }
	| { readonly name: "supervision"; readonly vault: string; readonly json: boolean }
	| PortfolioCommand;

export interface PortfolioCommand {
	readonly name: "portfolio";
	readonly vault: string;
	readonly caseQuery: string;
	readonly out: string;
	readonly identified: boolean;
	readonly today?: string;
}

export interface ExportCommand {
	readonly name: "export";
	readonly vault: string;
	readonly caseQuery: string;
	readonly out: string;
	readonly identified: boolean;
	readonly includeBodies: boolean;
	readonly today?: string;
}

export class UsageError extends Error {}

/** Reads the command line; a UsageError carries the one-line reason for exit code 2. */
export function parseCommand(argv: readonly string[]): Command {
	const [name, ...rest] = argv;
	if (name === undefined || name === "--help" || name === "-h" || name === "help") return { name: "help", text: MAIN_HELP };
	if (name === "report") return parseReport(rest);
	if (name === "validate") return parseValidate(rest);
	if (name === "export") return parseExport(rest);
	if (name === "supervision") return parseSupervision(rest);
	if (name === "portfolio") return parsePortfolio(rest);
	if (name === "check-formulation") return parseCheckFormulation(rest);
	if (name === "class-vault") return parseClassVault(rest);
	throw new UsageError(`unknown command "${name}"; expected report, validate, export, supervision, portfolio, check-formulation or class-vault (see --help).`);
}

const HELP = { help: { type: "boolean", short: "h" } } as const;
const REPORT_OPTIONS = { ...HELP, json: { type: "boolean" }, explain: { type: "boolean" }, case: { type: "string" }, today: { type: "string" } } as const;
const EXPORT_OPTIONS = {
	...HELP,
	case: { type: "string" },
	out: { type: "string" },
	identified: { type: "boolean" },
	"include-bodies": { type: "boolean" },
	today: { type: "string" },
} as const;

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
	return {
		name: "report",
		vault,
		json: values.json === true,
		explain: values.explain === true,
		...(typeof values.case === "string" ? { caseQuery: values.case } : {}),
		...todayOption(values.today),
	};
}

/** `--today`, checked to be a day. */
function todayOption(today: string | undefined): { today?: string } {
	if (today === undefined) return {};
	const date = parseDate(today);
	if (date?.precision !== "day") throw new UsageError(`--today "${today}" is not a date; expected YYYY-MM-DD.`);
	return { today: date.text };
}

function requiredOption(value: string | undefined, option: string, what: string, command = "export"): string {
	if (value === undefined || value.trim() === "") throw new UsageError(`${command} needs --${option} <${what}> (see ipt-workbench ${command} --help).`);
	return value;
}

function parseExport(args: readonly string[]): Command {
	const { values, positionals } = parse(() => parseArgs({ args: [...args], options: EXPORT_OPTIONS, allowPositionals: true, strict: true }));
	if (values.help === true) return { name: "help", text: EXPORT_HELP };
	return {
		name: "export",
		vault: vaultArgument(positionals, "export"),
		caseQuery: requiredOption(values.case, "case", "path or client"),
		out: requiredOption(values.out, "out", "folder"),
		identified: values.identified === true,
		includeBodies: values["include-bodies"] === true,
		...todayOption(values.today),
	};
}

const VALIDATE_OPTIONS = { ...HELP, templates: { type: "boolean" } } as const;

function parseValidate(args: readonly string[]): Command {
	const { values, positionals } = parse(() => parseArgs({ args: [...args], options: VALIDATE_OPTIONS, allowPositionals: true, strict: true }));
	if (values.help === true) return { name: "help", text: VALIDATE_HELP };
	return { name: "validate", vault: vaultArgument(positionals, "validate"), templates: values.templates === true };
}

const SUPERVISION_OPTIONS = { ...HELP, json: { type: "boolean" } } as const;

function parseSupervision(args: readonly string[]): Command {
	const { values, positionals } = parse(() => parseArgs({ args: [...args], options: SUPERVISION_OPTIONS, allowPositionals: true, strict: true }));
	if (values.help === true) return { name: "help", text: SUPERVISION_HELP };
	return { name: "supervision", vault: vaultArgument(positionals, "supervision"), json: values.json === true };
}

const PORTFOLIO_OPTIONS = { ...HELP, out: { type: "string" }, identified: { type: "boolean" }, today: { type: "string" } } as const;

function parsePortfolio(args: readonly string[]): Command {
	const { values, positionals } = parse(() => parseArgs({ args: [...args], options: PORTFOLIO_OPTIONS, allowPositionals: true, strict: true }));
	if (values.help === true) return { name: "help", text: PORTFOLIO_HELP };
	const [vault, caseQuery, extra] = positionals;
	if (vault === undefined || caseQuery === undefined) throw new UsageError("portfolio needs a vault folder and a case: ipt-workbench portfolio <vault> <case> --out <folder>");
	if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}" (portfolio takes a vault folder and a case).`);
	return {
		name: "portfolio",
		vault,
		caseQuery,
		out: requiredOption(values.out, "out", "folder", "portfolio"),
		identified: values.identified === true,
		...todayOption(values.today),
	};
}

const CHECK_OPTIONS = { ...HELP, today: { type: "string" } } as const;

function parseCheckFormulation(args: readonly string[]): Command {
	const { values, positionals } = parse(() => parseArgs({ args: [...args], options: CHECK_OPTIONS, allowPositionals: true, strict: true }));
	if (values.help === true) return { name: "help", text: CHECK_FORMULATION_HELP };
	const [vault, note, extra] = positionals;
	if (vault === undefined || note === undefined) throw new UsageError("check-formulation needs a vault folder and a formulation note: ipt-workbench check-formulation <vault> <note>");
	if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}" (check-formulation takes a vault folder and one note).`);
	return { name: "check-formulation", vault, note, ...todayOption(values.today) };
}

const CLASS_VAULT_OPTIONS = { ...HELP, out: { type: "string" } } as const;

function parseClassVault(args: readonly string[]): Command {
	const { values, positionals } = parse(() => parseArgs({ args: [...args], options: CLASS_VAULT_OPTIONS, allowPositionals: true, strict: true }));
	if (values.help === true) return { name: "help", text: CLASS_VAULT_HELP };
	return { name: "class-vault", vault: vaultArgument(positionals, "class-vault"), out: requiredOption(values.out, "out", "folder", "class-vault") };
}
