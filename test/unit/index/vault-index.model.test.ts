import fc from "fast-check";
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
	fc.constant({ ipt: "unknown-kind" }),
);

type Op = { op: "upsert"; path: string; fm: unknown } | { op: "remove"; path: string } | { op: "rename"; from: string; to: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 4, arbitrary: fc.record({ op: fc.constant("upsert" as const), path: pathArb, fm: frontmatterArb }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("remove" as const), path: pathArb }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("rename" as const), from: pathArb, to: pathArb }) },
);

function snapshot(index: VaultIndex, paths: Iterable<string>) {
	return {
		cases: index.cases(),
		caseOf: [...paths].sort().map((p) => [p, index.caseOf(p)]),
		diagnostics: index.diagnostics(),
	};
}

it("stays equal to a full rebuild after any sequence of updates", () => {
	fc.assert(
		fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
			const index = new VaultIndex();
			const notes = new Map<string, unknown>();
			for (const op of ops) {
				if (op.op === "upsert") {
					index.upsert(op.path, op.fm);
					notes.set(op.path, op.fm);
				} else if (op.op === "remove") {
					index.remove(op.path);
					notes.delete(op.path);
				} else if (notes.has(op.from) && !notes.has(op.to)) {
					// A rename moves an existing note to a free path, as the vault allows.
					index.rename(op.from, op.to);
					notes.set(op.to, notes.get(op.from));
					notes.delete(op.from);
				}
			}
			const rebuilt = new VaultIndex();
			for (const [path, fm] of notes) rebuilt.upsert(path, fm);
			expect(snapshot(index, notes.keys())).toEqual(snapshot(rebuilt, notes.keys()));
		}),
		{ numRuns: 300 },
	);
});
