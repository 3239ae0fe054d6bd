// `ipt-workbench portfolio`: one case's certification portfolio, written as the case
// export is (export-command.ts): never over files already there, and not at all when
// the leak scan finds a name left.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { noteBody } from "../domain/export/note-body";
import { exportPortfolio, PORTFOLIO_FILES } from "../domain/export/portfolio/portfolio";
import { SELF_RATING_TEMPLATE } from "../domain/export/portfolio/self-rating";
import { localCalendarDate } from "../domain/model/dates";
import { UsageError, type PortfolioCommand } from "./args";
import { errorCode } from "./error-code";
import { fileLinks, readBodies, writeResult } from "./export-command";
import type { VaultScan } from "./read-vault";
import { indexScan, scanReport } from "./report/scan-report";
import type { Output } from "./run";
import type { VaultSettings } from "./vault-settings";

/** The trainer's self-rating template in the plugin's templates folder, without its properties; null when there is none. */
function readSelfRating(vault: string, templatesFolder: string): string | null {
	const path = join(vault, templatesFolder, SELF_RATING_TEMPLATE);
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		if (errorCode(error) === "ENOENT") return null;
		throw new UsageError(`cannot read "${templatesFolder}/${SELF_RATING_TEMPLATE}" (${errorCode(error)}); nothing was written.`);
	}
	return noteBody(bytes.toString("utf8"));
}

/** Returns true when the portfolio was written, false when the leak scan refused it. */
export function runPortfolio(command: PortfolioCommand, scan: VaultScan, settings: VaultSettings, output: Output): boolean {
	const today = command.today ?? localCalendarDate(new Date());
	const engine = settings.engine;
	const report = scanReport(scan, { vault: command.vault, today, settings: engine, caseQuery: command.caseQuery, caseOption: "case" });
	const [found] = report.cases;
	if (!found) throw new UsageError(`"${command.caseQuery}" matches no case.`);
	const index = indexScan(scan, engine);
	const formulations = index.formulations(found.bundle.path);
	const result = exportPortfolio(found.bundle, { ...found.analysis, safety: found.safety }, {
		identified: command.identified,
		bodies: readBodies(command.vault, found.bundle, "the portfolio's formulation", formulations.map((formulation) => formulation.path)),
		formulations,
		selfRating: readSelfRating(command.vault, settings.templatesFolder),
		today,
		settings: engine,
		vault: { cases: index.cases(), links: fileLinks(command.vault) },
	});
	return writeResult(result, { out: command.out, identified: command.identified, what: "portfolio", names: Object.values(PORTFOLIO_FILES) }, output);
}
