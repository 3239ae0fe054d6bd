import { findCase, UnknownCaseError } from "../../index/report/vault-report";
import type { Workbench } from "../workbench";

export type BlockCase = { readonly casePath: string } | { readonly problem: string };

/**
 * The case a block shows: the one its `case:` names (a link Obsidian resolves from the
 * note, as a link in the note would be; else a case note's path, its folder or a client),
 * or, without one, the case of the note the block is in.
 */
export function blockCase(workbench: Workbench, caseName: string | null, sourcePath: string): BlockCase {
	if (caseName === null) {
		const own = workbench.caseOf(sourcePath);
		return own === null ? { problem: "This note belongs to no IPT case. Add a line \"case: \" with the client or a link to the case note." } : { casePath: own };
	}
	const linked = workbench.app.metadataCache.getFirstLinkpathDest(caseName, sourcePath);
	const linkedCase = workbench.caseOf(linked?.path);
	if (linkedCase !== null) return { casePath: linkedCase };
	try {
		return { casePath: findCase(workbench.index.cases(), caseName, "case:").path };
	} catch (error) {
		if (error instanceof UnknownCaseError) return { problem: error.message };
		throw error;
	}
}
