// Privacy mode at the size of a large practice: the caseload of 300 cases redrawn with
// names hidden beside the same redraw with names shown, and what turning privacy mode
// on costs: every client's label for the caseload, and for the case in the sidebar its
// own names and every other case's.
import "./dom-globals";
import "../test/fake-obsidian";
import { analyseCase } from "../src/domain/engine/analyse-case";
import type { CaseAnalysis } from "../src/domain/engine/analysis";
import type { CaseBundle } from "../src/domain/model/case-bundle";
import { privacyNames, type CaseNames } from "../src/domain/privacy/case-names";
import { CaseNamesCache } from "../src/domain/privacy/names-cache";
import { linksInText } from "../src/domain/privacy/note-links";
import { DEFAULT_ENGINE_SETTINGS } from "../src/domain/settings/engine-settings";
import { caseloadModel, DEFAULT_CASELOAD_SORT } from "../src/domain/views/caseload-model";
import { VaultIndex } from "../src/index/vault-index";
import { renderCaseloadSafety, renderCaseloadTable } from "../src/obsidian/views/render/caseload-table";
import { generateVault, TYPICAL_SHAPE } from "./generate-vault";
import { time, timeSideBySide, type Timing } from "./measure";

export interface PrivacyFigures {
	readonly cases: number;
	/** Each redraw as the views do it: names from the cache, the caseload model, the table drawn (jsdom). */
	readonly plain: Timing;
	readonly privacy: Timing;
	/** The same redraw with every case's privacy names built afresh, as before the cache. */
	readonly uncached: Timing;
	/** From a fresh cache: every case's names as the caseload asks for them, and one case's text redacted as the sidebar does. */
	readonly turnOn: Timing;
}

const CASES = 300;
const NOTES_PER_CASE = 1 + TYPICAL_SHAPE.peoplePerCase + TYPICAL_SHAPE.sessionsPerCase + TYPICAL_SHAPE.eventsPerCase;

export function benchPrivacyRedraw(runs: number): PrivacyFigures {
	const notes = generateVault({ ...TYPICAL_SHAPE, notes: CASES * NOTES_PER_CASE, iptShare: 1 });
	const index = new VaultIndex();
	for (const note of notes) index.upsert(note.path, note.frontmatter);
	const bodies = new Map(notes.map((note) => [note.path, linksInText(note.body)]));
	const links = (path: string) => bodies.get(path) ?? [];
	// The workbench keeps each case's analysis until the case changes; a redraw does not analyse.
	const analyses = new Map<CaseBundle, CaseAnalysis>(index.cases().map((bundle) => [bundle, analyseCase(bundle, DEFAULT_ENGINE_SETTINGS, "2026-11-25")]));
	const redraw = (names: (bundle: CaseBundle) => CaseNames): void => {
		const cases = index.cases().map((bundle) => {
			const analysis = analyses.get(bundle) as CaseAnalysis;
			return { bundle, analysis, names: names(bundle), safety: analysis.safety };
		});
		const model = caseloadModel(cases, "four-areas", DEFAULT_CASELOAD_SORT, { unplaced: [], privacy: false, today: "2026-11-25" });
		const root = createDiv();
		renderCaseloadSafety(root, model, () => undefined);
		renderCaseloadTable(root, model, { open: () => undefined, sortBy: () => undefined });
		if (model.rows.length !== CASES) throw new Error(`drew ${model.rows.length} cases, not ${CASES}`);
	};
	const cache = new CaseNamesCache(links);
	const sideBySide = timeSideBySide(runs, {
		plain: () => redraw((bundle) => cache.names(bundle, false, index)),
		privacy: () => redraw((bundle) => cache.names(bundle, true, index)),
		uncached: () => redraw((bundle) => privacyNames(bundle, { links })),
	});
	const [shown] = index.cases();
	const turnOn = time(
		runs,
		(fresh: CaseNamesCache) => {
			for (const bundle of index.cases()) fresh.names(bundle, true, index);
			const redacted = shown ? fresh.names(shown, true, index).redact("Person 0-1 met Person 1-1") : "";
			if (redacted.includes("-1") || !redacted.endsWith(" met Another person")) throw new Error(`the sidebar's names did not redact: ${redacted}`);
		},
		() => new CaseNamesCache(links),
	);
	return { cases: CASES, plain: sideBySide.plain as Timing, privacy: sideBySide.privacy as Timing, uncached: sideBySide.uncached as Timing, turnOn };
}
