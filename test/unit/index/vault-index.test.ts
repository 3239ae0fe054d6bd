import { VaultIndex } from "../../../src/index/vault-index";

const caseNote = (client: string) => ({ ipt: "case", client });
const person = (extra: Record<string, unknown> = {}) => ({ ipt: "person", role: "friend", circle: 2, ...extra });
const session = (n: number, extra: Record<string, unknown> = {}) => ({ ipt: "session", session: n, ...extra });

function memberPaths(index: VaultIndex, casePath: string): string[] {
	const bundle = index.caseBundle(casePath);
	if (!bundle) return [];
	return [...bundle.people, ...bundle.events, ...bundle.sessions].map((r) => r.path).sort();
}

describe("case association", () => {
	it("places a note without a case link in the case of its own folder", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A.B."));
		index.upsert("IPT/Ann/Mum.md", person());
		expect(index.caseOf("IPT/Ann/Mum.md")).toBe("IPT/Ann/Ann.md");
		expect(index.caseBundle("IPT/Ann/Ann.md")?.people.map((p) => p.name)).toEqual(["Mum"]);
	});

	it("falls back to the nearest parent folder's case note", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A.B."));
		index.upsert("IPT/Ann/Sessions/2026/Session 01.md", session(1));
		expect(index.caseOf("IPT/Ann/Sessions/2026/Session 01.md")).toBe("IPT/Ann/Ann.md");
	});

	it("prefers the case link over the folder", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A.B."));
		index.upsert("IPT/Ben/Ben.md", caseNote("B.C."));
		index.upsert("IPT/Ann/Shared friend.md", person({ case: "[[Ben]]" }));
		expect(index.caseOf("IPT/Ann/Shared friend.md")).toBe("IPT/Ben/Ben.md");
		expect(memberPaths(index, "IPT/Ann/Ann.md")).toEqual([]);
	});

	it("resolves every link form: alias, folder path, plain name, unquoted", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A.B."));
		index.upsert("People/p1.md", person({ case: "[[Ann|my client]]" }));
		index.upsert("People/p2.md", person({ case: "[[IPT/Ann/Ann]]" }));
		index.upsert("People/p3.md", person({ case: "Ann" }));
		index.upsert("People/p4.md", person({ case: [["Ann"]] }));
		for (const p of ["People/p1.md", "People/p2.md", "People/p3.md", "People/p4.md"]) expect(index.caseOf(p)).toBe("IPT/Ann/Ann.md");
		expect(index.noteDiagnostics("People/p4.md")).toEqual([
			expect.objectContaining({ path: "People/p4.md", field: "case", severity: "warning" }),
		]);
	});

	it("between two case notes of the same name, follows Obsidian: the one in the note's own folder, else the shorter path", () => {
		const index = new VaultIndex();
		index.upsert("A/Ann.md", caseNote("A.1"));
		index.upsert("Clinic B/Ann/Ann.md", caseNote("A.2"));
		index.upsert("Clinic B/Ann/Dad.md", person({ case: "[[Ann]]" }));
		index.upsert("Clinic B/Ann/People/Mum.md", person({ case: "[[Ann]]" }));
		index.upsert("Clinic B/Ann/People/Sis.md", person({ case: "[[Clinic B/Ann/Ann]]" }));
		expect(index.caseOf("Clinic B/Ann/Dad.md")).toBe("Clinic B/Ann/Ann.md");
		expect(index.caseOf("Clinic B/Ann/People/Mum.md")).toBe("A/Ann.md");
		expect(index.caseOf("Clinic B/Ann/People/Sis.md")).toBe("Clinic B/Ann/Ann.md");
	});

	it("reports a note that resolves to no case, naming the file and the field", () => {
		const index = new VaultIndex();
		index.upsert("Loose/Mum.md", person());
		index.upsert("Loose/Dad.md", person({ case: "[[Nobody]]" }));
		expect(index.caseOf("Loose/Mum.md")).toBeNull();
		const diagnostics = index.diagnostics();
		expect(diagnostics).toEqual([
			expect.objectContaining({ path: "Loose/Dad.md", field: "case", severity: "error", message: expect.stringContaining("Nobody") as unknown }),
			expect.objectContaining({ path: "Loose/Mum.md", field: "case", severity: "error" }),
		]);
	});

	it("makes two case notes in one folder ambiguous, and an explicit link settles it", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann.md", caseNote("A.B."));
		index.upsert("IPT/Ben.md", caseNote("B.C."));
		index.upsert("IPT/Mum.md", person());
		index.upsert("IPT/Dad.md", person({ case: "[[Ben]]" }));
		expect(index.caseOf("IPT/Mum.md")).toBeNull();
		expect(index.noteDiagnostics("IPT/Mum.md")).toEqual([
			expect.objectContaining({ field: "case", severity: "error", message: expect.stringContaining("holds 2 case notes") as unknown }),
		]);
		expect(index.noteDiagnostics("IPT/Ann.md")).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("IPT/Ben.md") as unknown })]);
		expect(index.caseOf("IPT/Dad.md")).toBe("IPT/Ben.md");
	});

	it("does not look past an ambiguous folder to a parent's case note", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Top.md", caseNote("T"));
		index.upsert("IPT/Pair/A.md", caseNote("A"));
		index.upsert("IPT/Pair/B.md", caseNote("B"));
		index.upsert("IPT/Pair/Notes/Mum.md", person());
		expect(index.caseOf("IPT/Pair/Notes/Mum.md")).toBeNull();
	});
});

describe("updates", () => {
	it("ignores ordinary notes entirely", () => {
		const index = new VaultIndex();
		expect(index.upsert("Daily/2026-11-01.md", { tags: ["daily"] }).size).toBe(0);
		expect(index.upsert("Plain.md", undefined).size).toBe(0);
		expect(index.diagnostics()).toEqual([]);
		expect(index.revision).toBe(0);
	});

	it("moves a note between cases when its case link changes, reporting both cases", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A"));
		index.upsert("IPT/Ben/Ben.md", caseNote("B"));
		index.upsert("IPT/Ann/Mum.md", person());
		const changed = index.upsert("IPT/Ann/Mum.md", person({ case: "[[Ben]]" }));
		expect([...changed].sort()).toEqual(["IPT/Ann/Ann.md", "IPT/Ben/Ben.md"]);
		expect(memberPaths(index, "IPT/Ben/Ben.md")).toEqual(["IPT/Ann/Mum.md"]);
	});

	it("leaves members unplaced when their case note goes, and places them again when it returns", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A"));
		index.upsert("IPT/Ann/Mum.md", person());
		index.upsert("Elsewhere/Dad.md", person({ case: "[[Ann]]" }));
		index.remove("IPT/Ann/Ann.md");
		expect(index.casePaths()).toEqual([]);
		expect(index.caseOf("IPT/Ann/Mum.md")).toBeNull();
		expect(index.caseOf("Elsewhere/Dad.md")).toBeNull();
		index.upsert("IPT/Ann/Ann.md", caseNote("A"));
		expect(memberPaths(index, "IPT/Ann/Ann.md")).toEqual(["Elsewhere/Dad.md", "IPT/Ann/Mum.md"]);
	});

	it("follows a rename into another case's folder", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A"));
		index.upsert("IPT/Ben/Ben.md", caseNote("B"));
		index.upsert("IPT/Ann/Mum.md", person());
		const changed = index.rename("IPT/Ann/Mum.md", "IPT/Ben/Mum.md");
		expect([...changed].sort()).toEqual(["IPT/Ann/Ann.md", "IPT/Ben/Ben.md"]);
		expect(memberPaths(index, "IPT/Ben/Ben.md")).toEqual(["IPT/Ben/Mum.md"]);
		expect(index.noteDiagnostics("IPT/Ann/Mum.md")).toEqual([]);
	});

	it("re-reads a renamed note under its new name", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A"));
		index.upsert("IPT/Ann/Mum.md", person());
		index.rename("IPT/Ann/Mum.md", "IPT/Ann/Mother.md");
		expect(index.caseBundle("IPT/Ann/Ann.md")?.people.map((p) => [p.path, p.name])).toEqual([["IPT/Ann/Mother.md", "Mother"]]);
	});

	it("breaks links to a renamed case note but keeps folder members", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A"));
		index.upsert("IPT/Ann/Mum.md", person());
		index.upsert("Other/Dad.md", person({ case: "[[Ann]]" }));
		index.rename("IPT/Ann/Ann.md", "IPT/Ann/Ann K.md");
		expect(index.caseOf("IPT/Ann/Mum.md")).toBe("IPT/Ann/Ann K.md");
		expect(index.caseOf("Other/Dad.md")).toBeNull();
	});

	it("keeps a removed note's diagnostics out of the vault's", () => {
		const index = new VaultIndex();
		index.upsert("Loose.md", { ipt: "client" });
		expect(index.diagnostics()).toHaveLength(1);
		index.remove("Loose.md");
		expect(index.diagnostics()).toEqual([]);
	});
});

describe("cost of an update", () => {
	function bigVault(cases: number, perCase: number): VaultIndex {
		const index = new VaultIndex();
		for (let c = 0; c < cases; c++) {
			index.upsert(`IPT/C${c}/C${c}.md`, caseNote(`C${c}`));
			for (let s = 1; s <= perCase; s++) index.upsert(`IPT/C${c}/Sessions/Session ${s}.md`, session(s));
			for (let i = 0; i < 50; i++) index.upsert(`Journal/${c}-${i}.md`, { tags: ["journal"] });
		}
		return index;
	}

	it("places only the edited note when a member note changes", () => {
		const index = bigVault(200, 20);
		const before = index.placementWork;
		const changed = index.upsert("IPT/C7/Sessions/Session 3.md", session(3, { phq9: 12 }));
		expect(index.placementWork - before).toBe(1);
		expect([...changed]).toEqual(["IPT/C7/C7.md"]);
	});

	it("re-places only the case's own notes when a case note changes", () => {
		const index = bigVault(200, 20);
		const before = index.placementWork;
		index.upsert("IPT/C7/C7.md", { ...caseNote("C7"), status: "closed" });
		// Once when the old record leaves, once when the new one arrives: 2 x 20 notes.
		expect(index.placementWork - before).toBe(40);
	});

	it("rebuilds only the bundles of the cases an update touched", () => {
		const index = bigVault(50, 5);
		const untouched = index.caseBundle("IPT/C1/C1.md");
		const touched = index.caseBundle("IPT/C2/C2.md");
		index.upsert("IPT/C2/Sessions/Session 1.md", session(1, { phq9: 3 }));
		expect(index.caseBundle("IPT/C1/C1.md")).toBe(untouched);
		expect(index.caseBundle("IPT/C2/C2.md")).not.toBe(touched);
	});
});

describe("links to people", () => {
	it("warns about related and people links that match no person of the case", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A"));
		index.upsert("IPT/Ann/Mum.md", person({ related: ["[[Dad]]", "[[Ghost]]"] }));
		index.upsert("IPT/Ann/Dad.md", person());
		index.upsert("IPT/Ann/Death.md", { ipt: "event", date: "2026-01-02", type: "death", people: ["[[Mum]]", "[[Nobody]]"] });
		expect(index.caseDiagnostics("IPT/Ann/Ann.md")).toEqual([
			expect.objectContaining({ path: "IPT/Ann/Death.md", field: "people", severity: "warning", message: expect.stringContaining("Nobody") as unknown }),
			expect.objectContaining({ path: "IPT/Ann/Mum.md", field: "related", severity: "warning", message: expect.stringContaining("Ghost") as unknown }),
		]);
		index.upsert("IPT/Ann/Ghost.md", person());
		expect(index.noteDiagnostics("IPT/Ann/Mum.md")).toEqual([]);
	});
});
