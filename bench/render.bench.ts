import "./dom-globals";
// Installs Obsidian's DOM helpers (createDiv, createEl ...) that the renderers use.
import "../test/fake-obsidian";
import { performance } from "node:perf_hooks";
import { analyseCase } from "../src/domain/engine/analyse-case";
import { caseNames } from "../src/domain/privacy/case-names";
import { DEFAULT_ENGINE_SETTINGS } from "../src/domain/settings/engine-settings";
import { sidebarModel } from "../src/domain/views/sidebar-model";
import { VaultIndex } from "../src/index/vault-index";
import { renderSidebar } from "../src/obsidian/views/render/sidebar";
import { generateVault, TYPICAL_SHAPE } from "./generate-vault";
import { summarise, type Timing } from "./measure";

export interface RenderFigures {
	readonly people: number;
	readonly sessions: number;
	/** From the case's bundle to a drawn sidebar: analysis, view model and DOM. */
	readonly render: Timing;
}

/** One large case (40 people, 30 sessions) drawn into a detached element in jsdom, as a redraw does. */
export function benchSidebarRender(runs: number): RenderFigures {
	const shape = { ...TYPICAL_SHAPE, peoplePerCase: 40, sessionsPerCase: 30, eventsPerCase: 8 };
	const notes = generateVault({ ...shape, notes: 1 + 40 + 30 + 8, iptShare: 1 });
	const index = new VaultIndex();
	for (const note of notes) index.upsert(note.path, note.frontmatter);
	const [casePath] = index.casePaths();
	const bundle = casePath ? index.caseBundle(casePath) : null;
	if (!bundle) throw new Error("the generator made no case");
	const samples: number[] = [];
	for (let i = 0; i < runs + 3; i++) {
		const parent = createDiv();
		const start = performance.now();
		const analysis = analyseCase(bundle, DEFAULT_ENGINE_SETTINGS, "2026-11-25");
		const model = sidebarModel({ bundle, analysis, diagnostics: index.caseDiagnostics(bundle.path), names: caseNames(bundle, false), scheme: "four-areas", ringCount: 3 });
		renderSidebar(parent, model, () => undefined);
		if (i >= 3) samples.push(performance.now() - start);
		if (!parent.querySelector("svg")) throw new Error("nothing was drawn");
	}
	return { people: bundle.people.length, sessions: bundle.sessions.length, render: summarise(samples) };
}
