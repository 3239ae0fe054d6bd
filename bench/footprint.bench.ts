import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { VaultIndex } from "../src/index/vault-index";
import { generateVault, TYPICAL_SHAPE } from "./generate-vault";

export interface SizeFigures {
	readonly mainJsBytes: number;
	readonly mainJsGzipBytes: number;
	/** What each concern adds to main.js, largest first, from the build's metafile. */
	readonly byConcern: readonly { readonly concern: string; readonly bytes: number }[];
}

interface Metafile {
	readonly outputs: Record<string, { readonly inputs: Record<string, { readonly bytesInOutput: number }> }>;
}

/** The folder a source file belongs to, one level below src/domain or src/obsidian; each package whole. */
function concernOf(input: string): string {
	const parts = input.split("/");
	if (parts[0] === "node_modules") return parts[1] ?? input;
	if (parts[1] === "templates") return "templates and training case (text)";
	if (parts[1] === "domain" || parts[1] === "obsidian") return parts.length > 3 ? parts.slice(0, 3).join("/") : `${parts[0]}/${parts[1]}`;
	return parts.slice(0, 2).join("/");
}

export function measureBundle(path = "main.js", metafile = "dist/main.meta.json"): SizeFigures {
	const bytes = new Uint8Array(readFileSync(path));
	const meta = JSON.parse(readFileSync(metafile, "utf8")) as Metafile;
	const concerns = new Map<string, number>();
	for (const output of Object.values(meta.outputs)) {
		for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) concerns.set(concernOf(input), (concerns.get(concernOf(input)) ?? 0) + bytesInOutput);
	}
	const byConcern = [...concerns].map(([concern, size]) => ({ concern, bytes: size })).sort((a, b) => b.bytes - a.bytes);
	return { mainJsBytes: bytes.length, mainJsGzipBytes: gzipSync(bytes).length, byConcern };
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
