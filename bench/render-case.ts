// The sidebar render loop, shared by the jsdom benchmark and the Chromium page, so both
// engines draw the same case the same way. Browser-safe: no Node module in here.
import "../test/fake-obsidian";
import { analyseCase } from "../src/domain/engine/analyse-case";
import { safetyOfCase } from "../src/domain/engine/open-safety";
import { caseNames } from "../src/domain/privacy/case-names";
import { DEFAULT_ENGINE_SETTINGS } from "../src/domain/settings/engine-settings";
import { sidebarModel } from "../src/domain/views/sidebar-model";
import { VaultIndex } from "../src/index/vault-index";
import { OpenFolds } from "../src/obsidian/views/render/fold";
import { renderSidebar } from "../src/obsidian/views/render/sidebar";
import { OpenWhys } from "../src/obsidian/views/render/why";
import { generateVault, TYPICAL_SHAPE } from "./generate-vault";
import { blueprintOf, buildFloor } from "./render-floor";

/** Raw samples in milliseconds, one per timed run, in run order. */
export interface RenderSamples {
	readonly people: number;
	readonly sessions: number;
	readonly elements: number;
	readonly textNodes: number;
	/** From the case's bundle to a drawn sidebar: analysis, view model, DOM and, in a browser, layout. */
	readonly render: number[];
	/** The layout part of each render (none in jsdom, which lays nothing out). */
	readonly layout: number[];
	/** The analysis and view-model part of each render, before any DOM work. */
	readonly model: number[];
	/** The same tree rebuilt with bare DOM calls right after each render, and laid out alike. */
	readonly floor: number[];
}

const PEOPLE = 40;
const SESSIONS = 30;
const EVENTS = 8;

function largeCase(): { index: VaultIndex; bundle: NonNullable<ReturnType<VaultIndex["caseBundle"]>> } {
	const notes = generateVault({ ...TYPICAL_SHAPE, peoplePerCase: PEOPLE, sessionsPerCase: SESSIONS, eventsPerCase: EVENTS, notes: 1 + PEOPLE + SESSIONS + EVENTS, iptShare: 1 });
	const index = new VaultIndex();
	for (const note of notes) index.upsert(note.path, note.frontmatter);
	const [casePath] = index.casePaths();
	const bundle = casePath ? index.caseBundle(casePath) : null;
	if (!bundle) throw new Error("the generator made no case");
	return { index, bundle };
}

/** Where each render goes, and what the engine must do before the frame can be drawn. */
export interface RenderStage {
	/** A fresh, empty element to draw into. */
	mount(): HTMLElement;
	/** Brings `drawn` up to date for the screen: layout, in a browser. */
	settle(drawn: HTMLElement): void;
	unmount(drawn: HTMLElement): void;
}

/** A detached element, as in jsdom, which has no layout to do. */
export const DETACHED_STAGE: RenderStage = { mount: () => createDiv(), settle: () => undefined, unmount: () => undefined };

/** One large case drawn as a redraw does, on `stage`, each render followed by its floor. */
export function runRenderLoop(runs: number, stage: RenderStage = DETACHED_STAGE, warmup = 3): RenderSamples {
	const { index, bundle } = largeCase();
	const samples = { render: [] as number[], layout: [] as number[], model: [] as number[], floor: [] as number[] };
	let elements = 0;
	let textNodes = 0;
	for (let i = 0; i < warmup + runs; i++) {
		const parent = stage.mount();
		const start = performance.now();
		const analysis = analyseCase(bundle, DEFAULT_ENGINE_SETTINGS, "2026-11-25");
		// The synthetic vault has no safety answers outside the cases' sessions.
		const safety = safetyOfCase(bundle.path, analysis.safety, []);
		const model = sidebarModel({ bundle, analysis, diagnostics: index.caseDiagnostics(bundle.path), names: caseNames(bundle, false), scheme: "four-areas", ringCount: 3, safety, nearbySafety: [] });
		const modelled = performance.now();
		renderSidebar(parent, model, () => undefined, new OpenFolds(), new OpenWhys());
		const rendered = performance.now();
		stage.settle(parent);
		const drawn = performance.now();

		const blueprint = blueprintOf(parent);
		stage.unmount(parent);
		const floorParent = stage.mount();
		const floorStart = performance.now();
		buildFloor(floorParent, blueprint);
		stage.settle(floorParent);
		const built = performance.now();
		stage.unmount(floorParent);

		if (i === 0) {
			if (!parent.querySelector("svg")) throw new Error("nothing was drawn");
			if (floorParent.innerHTML !== parent.innerHTML) throw new Error("the floor built a different tree from the render");
			elements = parent.getElementsByTagName("*").length;
			textNodes = countTextNodes(parent);
		}
		if (i >= warmup) {
			samples.render.push(drawn - start);
			samples.layout.push(drawn - rendered);
			samples.model.push(modelled - start);
			samples.floor.push(built - floorStart);
		}
	}
	return { people: bundle.people.length, sessions: bundle.sessions.length, elements, textNodes, ...samples };
}

function countTextNodes(node: Node): number {
	let count = 0;
	for (const child of Array.from(node.childNodes)) count += child.nodeType === child.TEXT_NODE ? 1 : countTextNodes(child);
	return count;
}
