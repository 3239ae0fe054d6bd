import { accessSync, constants, statSync } from "node:fs";
import { localCalendarDate } from "../domain/model/dates";
import { isInFolder } from "../index/paths";
import { parseCommand, UsageError } from "./args";
import { errorCode } from "./error-code";
import { runExport } from "./export-command";
import { runPortfolio } from "./portfolio-command";
import { supervisionReport } from "../index/report/supervision-report";
import { indexScan } from "./report/scan-report";
import { runCheckFormulation, runClassVault } from "./practice-commands";
import { readTemplates } from "./read-templates";
import { readVault } from "./read-vault";
import { jsonReport } from "../index/report/json-report";
import { textReport } from "../index/report/text-report";
import { UnknownCaseError } from "../index/report/vault-report";
import { scanReport } from "./report/scan-report";
import { templateReport } from "./report/template-report";
import { validationReport } from "./report/validation-report";
import { readVaultSettings } from "./vault-settings";

export interface Output {
	out(text: string): void;
	err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

function checkVaultFolder(vault: string): void {
	let isFolder = false;
	try {
		isFolder = statSync(vault).isDirectory();
	} catch {
		throw new UsageError(`cannot read vault folder "${vault}": it does not exist or is not readable.`);
	}
	if (!isFolder) throw new UsageError(`"${vault}" is not a folder; give the vault's folder.`);
	// A folder that cannot be listed would otherwise read as an empty vault: nothing to review.
	try {
		accessSync(vault, constants.R_OK | constants.X_OK);
	} catch (error) {
		throw new UsageError(`cannot read vault folder "${vault}" (${errorCode(error)}).`);
	}
}

/** Runs one command line and returns the process exit code. */
export function run(argv: readonly string[], output: Output): number {
	try {
		const command = parseCommand(argv);
		if (command.name === "help") {
			output.out(command.text);
			return EXIT_OK;
		}
		checkVaultFolder(command.vault);
		const settings = readVaultSettings(command.vault);
		if (command.name === "validate" && command.templates) {
			const { text, hasErrors } = templateReport(command.vault, readTemplates(command.vault, settings.templateFolders));
			output.out(text);
			return hasErrors ? EXIT_ERRORS : EXIT_OK;
		}
		const ignored = settings.ignoredFolders;
		const read = readVault(command.vault, (path) => ignored.some((folder) => isInFolder(path, folder)));
		// Settings that fell back to their defaults are told like any other problem in the vault.
		const scan = { ...read, diagnostics: [...settings.diagnostics, ...read.diagnostics] };
		if (command.name === "validate") {
			const { text, hasErrors } = validationReport(command.vault, scan, settings.engine);
			output.out(text);
			return hasErrors ? EXIT_ERRORS : EXIT_OK;
		}
		if (command.name === "export") return runExport(command, scan, settings.engine, output) ? EXIT_OK : EXIT_ERRORS;
		if (command.name === "portfolio") return runPortfolio(command, scan, settings, output) ? EXIT_OK : EXIT_ERRORS;
		if (command.name === "supervision") {
			output.out(supervisionReport(indexScan(scan, settings.engine).cases(), settings.engine, command.json));
			return EXIT_OK;
		}
		if (command.name === "check-formulation") {
			runCheckFormulation(command, scan, settings, output);
			return EXIT_OK;
		}
		if (command.name === "class-vault") return runClassVault(command, scan, settings, output) ? EXIT_OK : EXIT_ERRORS;
		const report = scanReport(scan, {
			vault: command.vault,
			today: command.today ?? localCalendarDate(new Date()),
			settings: settings.engine,
			...(command.caseQuery === undefined ? {} : { caseQuery: command.caseQuery }),
		});
		output.out(command.json ? jsonReport(report) : textReport(report, settings.engine.scheme, { explain: command.explain }));
		return EXIT_OK;
	} catch (error) {
		if (error instanceof UsageError || error instanceof UnknownCaseError) {
			output.err(`ipt-workbench: ${error.message}\n`);
			return EXIT_USAGE;
		}
		throw error;
	}
}
