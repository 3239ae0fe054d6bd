import type { Diagnostic } from "../../../src/domain/model/diagnostic";
import { pickLinkTarget } from "../../../src/index/case-link";
import { VaultIndex } from "../../../src/index/vault-index";

// What the index reads besides well-formed frontmatter: the settings that decide what
// a value may be, every note as a possible link target, and notes whose YAML a face
// could not parse.

const caseNote = (client: string) => ({ ipt: "case", client });
const person = (extra: Record<string, unknown> = {}) => ({ ipt: "person", role: "friend", circle: 2, ...extra });

function brokenYaml(path: string): Diagnostic {
	return { path, field: "frontmatter", severity: "error", message: "the frontmatter is not valid YAML (bad); fix it in the note's source view." };
}

describe("the settings the notes are read with", () => {
	it("refuses circle 4 with 3 rings, the default, and reads it with 4", () => {
		const notes: [string, unknown][] = [
			["IPT/Ann/Ann.md", caseNote("A")],
			["IPT/Ann/Cousin.md", person({ circle: 4 })],
		];
		const three = new VaultIndex();
		const four = new VaultIndex({ ringCount: 4 });
		for (const [path, fm] of notes) {
			three.upsert(path, fm);
			four.upsert(path, fm);
		}
		expect(three.diagnostics().map((d) => [d.path, d.field])).toEqual([["IPT/Ann/Cousin.md", "circle"]]);
		expect(three.caseBundle("IPT/Ann/Ann.md")?.people.map((p) => p.circle)).toEqual([null]);
		expect(four.diagnostics()).toEqual([]);
		expect(four.caseBundle("IPT/Ann/Ann.md")?.people.map((p) => p.circle)).toEqual([4]);
	});

	it("still refuses a circle beyond 4 rings", () => {
		const index = new VaultIndex({ ringCount: 4 });
		index.upsert("Loose.md", person({ circle: 5, case: "[[Nobody]]" }));
		expect(index.noteDiagnostics("Loose.md").map((d) => d.field)).toEqual(["circle", "case"]);
	});
});

/**
 * An index fed as a face feeds it: every note of the vault goes through upsert, remove
 * and rename, and links resolve among all of them, as Obsidian resolves them.
 */
class FacedIndex {
	private readonly paths = new Set<string>();
	readonly index = new VaultIndex(undefined, (link, from) => pickLinkTarget(link, from, this.paths));

	upsert(path: string, frontmatter: unknown): ReadonlySet<string> {
		this.paths.add(path);
		return this.index.upsert(path, frontmatter);
	}

	remove(path: string): ReadonlySet<string> {
		this.paths.delete(path);
		return this.index.remove(path);
	}

	rename(from: string, to: string): ReadonlySet<string> {
		this.paths.delete(from);
		this.paths.add(to);
		return this.index.rename(from, to);
	}
}

describe("a case link means the note it opens, whatever it is", () => {
	it("reports a member whose link opens an ordinary note, though a case note of that name is further away", () => {
		const vault = new FacedIndex();
		vault.upsert("Clients/Ann/Ann.md", caseNote("A"));
		vault.upsert("Work/Ann.md", undefined);
		vault.upsert("Work/Dad.md", person({ case: "[[Ann]]" }));
		expect(vault.index.caseOf("Work/Dad.md")).toBeNull();
		expect(vault.index.noteDiagnostics("Work/Dad.md")).toEqual([
			{
				path: "Work/Dad.md",
				field: "case",
				severity: "error",
				message: 'case: "[[Ann]]" links to no case note (it opens "Work/Ann.md", which is not a case note); expected a link to a note with ipt: case. This note is left out of every case until the link is fixed.',
			},
		]);
	});

	it("counts IPT notes of other kinds, and a note linking its own name, as what the link opens", () => {
		const vault = new FacedIndex();
		vault.upsert("Clients/Ann/Ann.md", caseNote("A"));
		vault.upsert("Work/Ann.md", person({ case: "[[Ann]]" }));
		expect(vault.index.noteDiagnostics("Work/Ann.md")[0]?.message).toMatch(/it opens "Work\/Ann\.md"/);
	});

	it("re-places the notes linking a name when a note of that name comes, goes or moves", () => {
		const vault = new FacedIndex();
		vault.upsert("Clients/Ann/Ann.md", caseNote("A"));
		vault.upsert("Work/Dad.md", person({ case: "[[Ann]]" }));
		expect(vault.index.caseOf("Work/Dad.md")).toBe("Clients/Ann/Ann.md");
		expect([...vault.upsert("Work/Ann.md", { tags: ["meeting"] })]).toEqual(["Clients/Ann/Ann.md"]);
		expect(vault.index.caseOf("Work/Dad.md")).toBeNull();
		vault.rename("Work/Ann.md", "Work/Meeting.md");
		expect(vault.index.caseOf("Work/Dad.md")).toBe("Clients/Ann/Ann.md");
		vault.rename("Work/Meeting.md", "Work/Ann.md");
		expect(vault.index.caseOf("Work/Dad.md")).toBeNull();
		expect([...vault.remove("Work/Ann.md")]).toEqual(["Clients/Ann/Ann.md"]);
		expect(vault.index.caseOf("Work/Dad.md")).toBe("Clients/Ann/Ann.md");
	});

	it("costs no placement for an ordinary note whose name no link uses, nor for an edit to one that changes nothing", () => {
		const vault = new FacedIndex();
		vault.upsert("Clients/Ann/Ann.md", caseNote("A"));
		vault.upsert("Work/Dad.md", person({ case: "[[Ann]]" }));
		const before = vault.index.placementWork;
		expect(vault.upsert("Journal/2026-11-01.md", { tags: ["journal"] }).size).toBe(0);
		vault.upsert("Work/Ann.md", undefined);
		expect(vault.upsert("Work/Ann.md", { tags: ["edited"] }).size).toBe(0);
		expect(vault.index.placementWork - before).toBe(1);
		expect(vault.index.revision).toBe(3);
	});

	it("without a face's resolver, chooses among the case notes it holds", () => {
		const index = new VaultIndex();
		index.upsert("Clients/Ann/Ann.md", caseNote("A"));
		index.upsert("Work/Ann.md", undefined);
		index.upsert("Work/Dad.md", person({ case: "[[Ann]]" }));
		expect(index.caseOf("Work/Dad.md")).toBe("Clients/Ann/Ann.md");
	});
});

describe("a note whose YAML a face could not parse", () => {
	const SESSION = "IPT/Ann/Sessions/Session 01.md";

	it("keeps the face's diagnostic, in the vault's and in the case's of its folder", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A"));
		index.upsert("IPT/Ben/Ben.md", caseNote("B"));
		expect([...index.upsert(SESSION, undefined, [brokenYaml(SESSION)])]).toEqual(["IPT/Ann/Ann.md"]);
		expect(index.diagnostics()).toEqual([brokenYaml(SESSION)]);
		expect(index.caseDiagnostics("IPT/Ann/Ann.md")).toEqual([brokenYaml(SESSION)]);
		expect(index.caseDiagnostics("IPT/Ben/Ben.md")).toEqual([]);
		expect(index.caseOf(SESSION)).toBeNull();
	});

	it("shows in a case note's diagnostics once the case note comes, and leaves the case's when fixed", () => {
		const index = new VaultIndex();
		index.upsert(SESSION, undefined, [brokenYaml(SESSION)]);
		index.upsert("IPT/Ann/Ann.md", caseNote("A"));
		expect(index.caseDiagnostics("IPT/Ann/Ann.md")).toEqual([brokenYaml(SESSION)]);
		expect([...index.upsert(SESSION, { ipt: "session", session: 1 })]).toEqual(["IPT/Ann/Ann.md"]);
		expect(index.caseDiagnostics("IPT/Ann/Ann.md")).toEqual([]);
		expect(index.caseBundle("IPT/Ann/Ann.md")?.sessions.map((s) => s.path)).toEqual([SESSION]);
	});

	it("keeps its diagnostic under its new path when renamed, and drops it when removed", () => {
		const index = new VaultIndex();
		index.upsert("IPT/Ann/Ann.md", caseNote("A"));
		index.upsert(SESSION, undefined, [brokenYaml(SESSION)]);
		index.rename(SESSION, "IPT/Ann/Session 1.md");
		expect(index.diagnostics()).toEqual([brokenYaml("IPT/Ann/Session 1.md")]);
		expect([...index.remove("IPT/Ann/Session 1.md")]).toEqual(["IPT/Ann/Ann.md"]);
		expect(index.caseDiagnostics("IPT/Ann/Ann.md")).toEqual([]);
	});

	it("adds what parsing finds to what the face found", () => {
		const index = new VaultIndex();
		const problem = brokenYaml("Loose.md");
		index.upsert("Loose.md", { ipt: "client" }, [problem]);
		expect(index.noteDiagnostics("Loose.md").map((d) => d.field)).toEqual(["frontmatter", "ipt"]);
	});
});
