import { analyseCase } from "../src/domain/engine/analyse-case";
import { DEFAULT_ENGINE_SETTINGS } from "../src/domain/settings/engine-settings";
import { VaultIndex } from "../src/index/vault-index";
import { generateVault, TYPICAL_SHAPE, type SyntheticNote } from "./generate-vault";
import { summarise, timeSideBySide, type Timing } from "./measure";
import { performance } from "node:perf_hooks";

export interface BuildFigures {
	readonly notes: number;
	readonly build: Timing;
	readonly floor: Timing;
	readonly analyseAll: Timing;
	readonly cases: number;
}

/** Visits every frontmatter value once: the least any index build must do. */
function visit(value: unknown): number {
	if (Array.isArray(value)) return value.reduce((n: number, v) => n + visit(v), 1);
	if (value !== null && typeof value === "object") {
		let n = 1;
		for (const key of Object.keys(value)) n += visit((value as Record<string, unknown>)[key]);
		return n;
	}
	return 1;
}

function build(notes: readonly SyntheticNote[]): VaultIndex {
	const index = new VaultIndex();
	for (const note of notes) index.upsert(note.path, note.frontmatter);
	return index;
}

export function benchIndexBuild(size: number, runs: number): BuildFigures {
	const notes = generateVault({ ...TYPICAL_SHAPE, notes: size });
	let sink = 0;
	const figures = timeSideBySide(runs, {
		build: () => {
			sink += build(notes).casePaths().length;
		},
		floor: () => {
			for (const note of notes) sink += visit(note.frontmatter);
		},
	});
	const index = build(notes);
	const analyse: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		for (const bundle of index.cases()) sink += analyseCase(bundle, DEFAULT_ENGINE_SETTINGS, "2026-11-25").flags.length;
		analyse.push(performance.now() - start);
	}
	if (sink < 0) throw new Error("unreachable: keeps the work from being optimised away");
	return { notes: size, build: figures.build as Timing, floor: figures.floor as Timing, analyseAll: summarise(analyse), cases: index.casePaths().length };
}

export interface UpdateFigures {
	readonly notes: number;
	readonly update: Timing;
	/** The update plus the touched case's bundle and analysis: what a redraw needs. */
	readonly updateAndAnalyse: Timing;
}

/** Edits one session note at a time in a built vault, as a clinician typing would. */
export function benchIncrementalUpdate(size: number, updates: number): UpdateFigures {
	const notes = generateVault({ ...TYPICAL_SHAPE, notes: size });
	const index = build(notes);
	const sessions = notes.filter((n) => n.frontmatter.ipt === "session");
	const update: number[] = [];
	const withAnalysis: number[] = [];
	let sink = 0;
	for (let i = 0; i < updates; i++) {
		const note = sessions[(i * 7919) % sessions.length] as SyntheticNote;
		const edited = { ...note.frontmatter, phq9: i % 27, homework: [`Task ${i}`] };
		const start = performance.now();
		const changed = index.upsert(note.path, edited);
		const upserted = performance.now();
		for (const casePath of changed) {
			const bundle = index.caseBundle(casePath);
			if (bundle) sink += analyseCase(bundle, DEFAULT_ENGINE_SETTINGS, "2026-11-25").warnings.length;
		}
		update.push(upserted - start);
		withAnalysis.push(performance.now() - start);
	}
	if (sink < 0) throw new Error("unreachable");
	return { notes: size, update: summarise(update), updateAndAnalyse: summarise(withAnalysis) };
}
