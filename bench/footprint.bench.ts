import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { VaultIndex } from "../src/index/vault-index";
import { generateVault, TYPICAL_SHAPE } from "./generate-vault";

export interface SizeFigures {
	readonly mainJsBytes: number;
	readonly mainJsGzipBytes: number;
}

export function measureBundle(path = "main.js"): SizeFigures {
	const bytes = new Uint8Array(readFileSync(path));
	return { mainJsBytes: bytes.length, mainJsGzipBytes: gzipSync(bytes).length };
}

export interface HeapFigures {
	readonly notes: number;
	/** Heap the index itself holds, beyond the parsed frontmatter it was given. */
	readonly indexBytes: number;
	/** All heap in use with the vault's frontmatter and the index loaded. */
	readonly heapUsedBytes: number;
}

function collect(): void {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) throw new Error("run with node --expose-gc");
	gc();
	gc();
}

export function measureHeap(size: number): HeapFigures {
	const notes = generateVault({ ...TYPICAL_SHAPE, notes: size });
	collect();
	const before = process.memoryUsage().heapUsed;
	const index = new VaultIndex();
	for (const note of notes) index.upsert(note.path, note.frontmatter);
	for (const bundle of index.cases()) void bundle;
	collect();
	const after = process.memoryUsage().heapUsed;
	// Keeps both alive up to the second measurement.
	if (index.casePaths().length + notes.length < 0) throw new Error("unreachable");
	return { notes: size, indexBytes: after - before, heapUsedBytes: after };
}
