// `check-formulation` and `class-vault`: practice mode on the command line.
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { localCalendarDate } from "../domain/model/dates";
import { classVaultFiles, classVaultNotePaths } from "../domain/practice/class-vault";
import { checkText } from "../domain/practice/check-text";
import { allTemplates } from "../domain/templates/catalogue";
import { checkFormulationNote } from "../index/formulation-check";
import { UsageError, type Command } from "./args";
import { errorCode } from "./error-code";
import type { VaultScan } from "./read-vault";
import { indexScan } from "./report/scan-report";
import type { Output } from "./run";
import { SETTINGS_PATH, type VaultSettings } from "./vault-settings";
import { writeExportFiles } from "./write-export";

type CheckCommand = Extract<Command, { name: "check-formulation" }>;
type ClassVaultCommand = Extract<Command, { name: "class-vault" }>;

/** The note as a vault path: given from the vault's folder, or as a path to the file from here. */
function vaultPath(vault: string, note: string): string {
	const fromHere = relative(resolve(vault), resolve(note));
	const inside = !existsSync(join(vault, note)) && existsSync(note) && !fromHere.startsWith("..");
	return (inside ? fromHere : note).split(sep).join("/").replace(/^\.\//, "");
}

export function runCheckFormulation(command: CheckCommand, scan: VaultScan, settings: VaultSettings, output: Output): void {
	const note = vaultPath(command.vault, command.note);
	const result = checkFormulationNote(indexScan(scan, settings.engine), note, settings.engine, command.today ?? localCalendarDate(new Date()));
	if ("problem" in result) throw new UsageError(result.problem);
	output.out(checkText(result.check, settings.engine.scheme));
}

/** A file of the vault as text; null when it is not there. */
function readText(vault: string, path: string): string | null {
	try {
		return readFileSync(join(vault, path), "utf8");
	} catch (error) {
		if (errorCode(error) === "ENOENT") return null;
		throw new UsageError(`cannot read "${path}" (${errorCode(error)}); nothing was written.`);
	}
}

/** Returns true when the class vault was written, false when a real case refused it. */
export function runClassVault(command: ClassVaultCommand, scan: VaultScan, settings: VaultSettings, output: Output): boolean {
	const { plugin } = settings;
	const cases = indexScan(scan, settings.engine).cases();
	const noteText = new Map(classVaultNotePaths(cases).map((path) => [path, readText(command.vault, path) ?? ""]));
	const templateCopies = new Map<string, string>();
	for (const template of allTemplates()) {
		const copy = readText(command.vault, `${plugin.templatesFolder}/${template.fileName}`);
		if (copy !== null) templateCopies.set(template.fileName, copy);
	}
	const settingsText = readText(command.vault, SETTINGS_PATH);
	const result = classVaultFiles({
		cases,
		noteText,
		casesFolder: plugin.casesFolder,
		templatesFolder: plugin.templatesFolder,
		templateCopies,
		settings: settingsText === null ? null : { name: SETTINGS_PATH, text: settingsText },
	});
	if ("refused" in result) {
		output.err(`ipt-workbench: the class vault was not written: these cases are not marked fictional: true, and a class vault holds no real case:\n${result.refused.map((path) => `  ${path}\n`).join("")}Mark a practice case with fictional: true, or move real cases out of the vault first.\n`);
		return false;
	}
	if (existsSync(command.out)) throw new UsageError(`--out "${command.out}" already exists; a class vault is written into a new folder. Nothing was written.`);
	try {
		writeExportFiles(command.out, result.files, false);
	} catch (error) {
		throw new UsageError(`cannot write into --out "${command.out}" (${errorCode(error)}); nothing was written.`);
	}
	output.out(`Wrote a class vault to ${command.out}: ${result.files.length} files, with the cases ${result.cases.join(", ")}. Open the folder as a vault and install IPT Workbench in it.\n`);
	return true;
}
