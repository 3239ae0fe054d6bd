import fc from "fast-check";
import type { Diagnostic } from "../../../src/domain/model/diagnostic";
import { pickLinkTarget } from "../../../src/index/case-link";
import { VaultIndex } from "../../../src/index/vault-index";

// Random sequences of upserts, removes and renames must leave the index exactly as a
// fresh build from the same notes would be: incremental bookkeeping may never drift.

const folders = ["", "IPT", "IPT/Ann", "IPT/Ann/People", "IPT/Ben", "Other"];
const names = ["Ann", "Ben", "Mum", "Session 01", "Note"];
const pathArb = fc.tuple(fc.constantFrom(...folders), fc.constantFrom(...names)).map(([folder, name]) => (folder ? `${folder}/${name}.md` : `${name}.md`));

const frontmatterArb = fc.oneof(
	fc.constantFrom("A", "B").map((client) => ({ ipt: "case", client })),
	fc.constantFrom(undefined, "[[Ann]]", "[[Ben]]", "[[IPT/Ann/Ann]]", "[[Nobody]]").map((link) => ({ ipt: "person", circle: 1, ...(link ? { case: link } : {}) })),
	fc.integer({ min: 1, max: 3 }).map((n) => ({ ipt: "session", session: n, phq9: n * 3 })),
	fc.constant({ tags: ["plain"] }),
	fc.constant(undefined),
	fc.constant({ ipt: "unknown-kind" }),
);

/** Some notes come with YAML their face could not parse. */
const brokenArb = fc.boolean();

function problemsOf(path: string, broken: boolean): Diagnostic[] {
	return broken ? [{ path, field: "frontmatter", severity: "error", message: "the frontmatter is not valid YAML" }] : [];
}

type Op = { op: "upsert"; path: string; fm: unknown; broken: boolean } | { op: "remove"; path: string } | { op: "rename"; from: string; to: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 4, arbitrary: fc.record({ op: fc.constant("upsert" as const), path: pathArb, fm: frontmatterArb, broken: brokenArb }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("remove" as const), path: pathArb }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("rename" as const), from: pathArb, to: pathArb }) },
);

function snapshot(index: VaultIndex, paths: Iterable<string>) {
	return {
		cases: index.cases(),
		caseOf: [...paths].sort().map((p) => [p, index.caseOf(p)]),
		diagnostics: index.diagnostics(),
		caseDiagnostics: index.casePaths().map((p) => index.caseDiagnostics(p)),
	};
}

type Notes = Map<string, { fm: unknown; broken: boolean }>;

/** The index alone, or fed by a face whose links resolve among every note of the vault, as Obsidian's do. */
const makers: [string, (notes: Notes) => VaultIndex][] = [
	["with the index's own link resolution", () => new VaultIndex()],
	["with a face resolving links among all notes", (notes) => new VaultIndex(undefined, (link, from) => pickLinkTarget(link, from, notes.keys()))],
];

it.each(makers)("stays equal to a full rebuild after any sequence of updates, %s", (_, make) => {
	fc.assert(
		fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
			// The face's vault changes first, then the index hears of it.
			const notes: Notes = new Map();
			const index = make(notes);
			for (const op of ops) {
				if (op.op === "upsert") {
					const fm = op.broken ? undefined : op.fm;
					notes.set(op.path, { fm, broken: op.broken });
					index.upsert(op.path, fm, problemsOf(op.path, op.broken));
				} else if (op.op === "remove") {
					notes.delete(op.path);
					index.remove(op.path);
				} else {
					const moved = notes.get(op.from);
					// A rename moves an existing note to a free path, as the vault allows.
					if (!moved || notes.has(op.to)) continue;
					notes.delete(op.from);
					notes.set(op.to, moved);
					index.rename(op.from, op.to);
				}
			}
			const rebuilt = make(notes);
			for (const [path, { fm, broken }] of notes) rebuilt.upsert(path, fm, problemsOf(path, broken));
			expect(snapshot(index, notes.keys())).toEqual(snapshot(rebuilt, notes.keys()));
		}),
		{ numRuns: 300 },
	);
});
