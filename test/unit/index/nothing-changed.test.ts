// An autosave that changes nothing the rules read must change nothing downstream: no
// case rebuilt, no revision, so no view redraws and no scroll is lost.
import { VaultIndex } from "../../../src/index/vault-index";

const CASE = "IPT/Jo/Jo.md";
const SAM = "IPT/Jo/People/Sam.md";

function vault(): VaultIndex {
	const index = new VaultIndex();
	index.upsert(CASE, { ipt: "case", client: "J.O." });
	index.upsert(SAM, { ipt: "person", circle: 1, conflict: 2 });
	return index;
}

describe("an update that changes nothing the rules read", () => {
	it("leaves the case, its bundle and the revision alone", () => {
		const index = vault();
		const bundle = index.caseBundle(CASE);
		const revision = index.revision;
		expect(index.upsert(SAM, { ipt: "person", circle: 1, conflict: 2 }).size).toBe(0);
		// A key of the user's own is not read by any rule.
		expect(index.upsert(SAM, { ipt: "person", circle: 1, conflict: 2, mood: "tired" }).size).toBe(0);
		expect(index.caseBundle(CASE)).toBe(bundle);
		expect(index.revision).toBe(revision);
	});

	it("still rebuilds the case when a value the rules read changes, or a diagnostic does", () => {
		const index = vault();
		expect([...index.upsert(SAM, { ipt: "person", circle: 2, conflict: 2 })]).toEqual([CASE]);
		expect([...index.upsert(SAM, { ipt: "person", circle: 2, conflict: 2, cirle: 3 })]).toEqual([CASE]);
		expect(index.noteDiagnostics(SAM).map((d) => d.field)).toEqual(["cirle"]);
	});

	it("keeps the latest frontmatter, so a rename reads what the note holds now", () => {
		const index = vault();
		index.upsert(SAM, { ipt: "person", circle: 1, conflict: 2, mood: "tired" });
		index.rename(SAM, "IPT/Jo/People/Samuel.md");
		expect(index.caseBundle(CASE)?.people.map((p) => [p.path, p.circle])).toEqual([["IPT/Jo/People/Samuel.md", 1]]);
	});
});
