// `ipt-workbench export`: one case's summary written into a folder, never over files
// already there, and not at all when the leak scan finds a name left.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { exportCase, EXPORT_FILES, type ExportResult } from "../domain/export/export-case";
import { noteBody } from "../domain/export/note-body";
import { caseNotePaths, type CaseBundle } from "../domain/model/case-bundle";
import { leakLines, PSEUDONYMISED, REFUSAL_ADVICE, REFUSED } from "../domain/export/wording";
import { localCalendarDate } from "../domain/model/dates";
import type { LinkRef } from "../domain/model/links";
import type { NoteLinks } from "../domain/privacy/known-names";
import { linksInText } from "../domain/privacy/note-links";
import type { EngineSettings } from "../domain/settings/engine-settings";
import { UsageError, type ExportCommand } from "./args";
import { errorCode } from "./error-code";
import type { VaultScan } from "./read-vault";
import { indexScan, scanReport } from "./report/scan-report";
import type { Output } from "./run";
import { writeExportFiles } from "./write-export";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Every note's text after its frontmatter, read only when an export needs it (`why`: the option that asked). */
export function readBodies(vault: string, bundle: CaseBundle, why: string, also: readonly string[] = []): Map<string, string> {
	const bodies = new Map<string, string>();
	for (const path of [...caseNotePaths(bundle), ...also]) {
		try {
			bodies.set(path, noteBody(utf8.decode(readFileSync(join(vault, path)))));
		} catch (error) {
			throw new UsageError(`cannot read "${path}" for ${why} (${errorCode(error)}); nothing was written.`);
		}
	}
	return bodies;
}

/** The links each note's text writes, read when names are gathered; an unreadable note writes none that could leak. */
export function fileLinks(vault: string): NoteLinks {
	const read = new Map<string, LinkRef[]>();
	return (path) => {
		let links = read.get(path);
		if (!links) {
			try {
				links = linksInText(utf8.decode(readFileSync(join(vault, path))));
			} catch {
				links = [];
			}
			read.set(path, links);
		}
		return links;
	};
}

/** The folder may exist, but must hold none of an export's files (`files`); true when it exists. */
function checkOutFolder(out: string, files: readonly string[]): boolean {
	if (!existsSync(out)) return false;
	if (!statSync(out).isDirectory()) throw new UsageError(`--out "${out}" is a file, not a folder; nothing was written.`);
	const taken = files.filter((name) => existsSync(join(out, name)));
	if (taken.length > 0) throw new UsageError(`"${out}" already holds ${taken.join(", ")}; nothing was overwritten or written. Choose another --out folder.`);
	return true;
}

/** Returns true when the summary was written, false when the leak scan refused it. */
export function runExport(command: ExportCommand, scan: VaultScan, settings: EngineSettings, output: Output): boolean {
	const today = command.today ?? localCalendarDate(new Date());
	const report = scanReport(scan, { vault: command.vault, today, settings, caseQuery: command.caseQuery });
	const [found] = report.cases;
	if (!found) throw new UsageError(`--case "${command.caseQuery}" matches no case.`);
	// The case's loose safety items (on its person notes, say) lead the export as they lead the report.
	const result = exportCase(found.bundle, { ...found.analysis, safety: found.safety }, {
		identified: command.identified,
		includeBodies: command.includeBodies,
		...(command.includeBodies ? { bodies: readBodies(command.vault, found.bundle, "--include-bodies") } : {}),
		today,
		settings,
		vault: { cases: indexScan(scan, settings).cases(), links: fileLinks(command.vault) },
	});
	return writeResult(result, { out: command.out, identified: command.identified, what: "summary", names: Object.values(EXPORT_FILES) }, output);
}

/** Where and how an export's files go, and what the user is told they are. */
export interface ExportTarget {
	readonly out: string;
	readonly identified: boolean;
	/** "summary", "portfolio". */
	readonly what: string;
	/** Every file name the export may write: none of them may be in the folder already. */
	readonly names: readonly string[];
}

/** Writes the files and says so, or says why the leak scan refused them; false when refused. */
export function writeResult(result: ExportResult, target: ExportTarget, output: Output): boolean {
	if ("refused" in result) {
		output.err(`ipt-workbench: ${REFUSED}\n${leakLines(result.refused).map((line) => `  ${line}\n`).join("")}${REFUSAL_ADVICE}\n`);
		return false;
	}
	const outExists = checkOutFolder(target.out, target.names);
	try {
		writeExportFiles(target.out, result.files, outExists);
	} catch (error) {
		throw new UsageError(`cannot write into --out "${target.out}" (${errorCode(error)}); nothing was written.`);
	}
	const kind = target.identified ? "an identified" : "a de-identified";
	output.out(`Wrote ${kind} ${target.what} to ${target.out}: ${result.files.map((file) => file.name).join(", ")}.\n`);
	if (!target.identified) output.out(`${PSEUDONYMISED} Read it through before sharing it.\n`);
	return true;
}
