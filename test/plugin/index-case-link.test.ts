/** @jest-environment jsdom */

// A `case` link means what Obsidian opens for it: the nearest note of that name,
// whatever that note is. When that is not a case note, the member note is reported,
// not filed under a case note of the same name elsewhere in the vault.
import { Notice, type App } from "../fake-obsidian";
import { validatedNotes } from "./validate-support";
import { openSidebar, section, settle, showNote, startWorkbench, INDEX_WAIT_MS } from "./views-support";

const CASE = "Clients/Ann/Ann.md";
const DAD = "Work/Dad.md";
const VAULT = {
	[CASE]: "---\nipt: case\nclient: A.K.\n---\n",
	"Clients/Ann/People/Mum.md": "---\nipt: person\nname: Mum\ncircle: 1\n---\n",
	// A note of the same name as the case note, beside the person note that links it.
	"Work/Ann.md": "Minutes of a meeting with Ann from accounts.\n",
	[DAD]: '---\nipt: person\nname: Dad\ncase: "[[Ann]]"\ncircle: 2\n---\n',
};

/** Validate notes' lines, each as "file: line". */
async function problems(app: App): Promise<string[]> {
	return (await validatedNotes(app)).flatMap(([file, lines]) => lines.map((line) => `${file}: ${line}`));
}

async function circleOfAnn(app: App): Promise<string[]> {
	await showNote(app, CASE);
	const leaf = await openSidebar(app);
	return Array.from(section(leaf, "closeness-circle").querySelectorAll(".ipt-node-label")).map((label) => label.textContent ?? "");
}

afterEach(() => {
	document.body.empty();
	Notice.reset();
});

describe("a case link whose nearest note of that name is not a case note", () => {
	it("leaves the member note out of the case of the same name, with a diagnostic naming the note Obsidian opens", async () => {
		const app = await startWorkbench({ files: VAULT });
		// What Obsidian opens for the link, the truth the index must follow.
		expect(app.metadataCache.getFirstLinkpathDest("Ann", DAD)?.path).toBe("Work/Ann.md");
		expect(await problems(app)).toEqual([`${DAD}: Error: case: "[[Ann]]" links to no case note (it opens "Work/Ann.md", which is not a case note); expected a link to a note with ipt: case. This note is left out of every case until the link is fixed.`]);
		expect(await circleOfAnn(app)).toEqual(["Mum"]);
	});

	it("files the member note under the case once the other note is gone, and takes it out again when one comes back", async () => {
		const app = await startWorkbench({ files: VAULT });
		const other = app.vault.getFileByPath("Work/Ann.md");
		if (!other) throw new Error("no Work/Ann.md");
		await app.fileManager.trashFile(other);
		await settle(app, INDEX_WAIT_MS);
		expect(app.metadataCache.getFirstLinkpathDest("Ann", DAD)?.path).toBe(CASE);
		expect(await problems(app)).toEqual([]);
		expect((await circleOfAnn(app)).sort()).toEqual(["Dad", "Mum"]);
		await app.vault.create("Work/Ann.md", "Another Ann.\n");
		await settle(app, INDEX_WAIT_MS);
		expect(await problems(app)).toEqual([expect.stringMatching(/^Work\/Dad\.md: Error: case: "\[\[Ann\]\]" links to no case note/) as string]);
		expect(await circleOfAnn(app)).toEqual(["Mum"]);
	});
});
