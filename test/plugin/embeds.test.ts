/** @jest-environment jsdom */
import type { App, MarkdownRendering } from "../fake-obsidian";
import { INDEX_WAIT_MS, namesShown, settle, startWorkbench, texts } from "./views-support";

const CASE = "IPT/Jordan Rivers/Jordan Rivers.md";
const OTHER = "IPT/Ann Lee/Ann Lee.md";

function note(frontmatter: string, body = ""): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

function block(language: string, body = ""): string {
	return `\`\`\`${language}\n${body}\`\`\`\n`;
}

const VAULT: Record<string, string> = {
	[CASE]: note("ipt: case\nclient: Jordan Rivers\nonset: 2026-03-01\nstart: 2026-03-10\nfocus:\n  - role-dispute"),
	"IPT/Jordan Rivers/People/Sam Patel.md": note("ipt: person\nname: Sam Patel\nrole: partner\ncircle: 1\nsupport: 1\nconflict: 3\ndispute_stage: impasse"),
	"IPT/Jordan Rivers/People/Kim.md": note("ipt: person\nrole: friend\ncircle: 2\nsupport: 3"),
	"IPT/Jordan Rivers/Events/2026-01-10 Sam moved out.md": note('ipt: event\ndate: 2026-01-10\ntype: separation\npeople:\n  - "[[Sam Patel]]"'),
	"IPT/Jordan Rivers/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-03-10\nphq9: 18"),
	"IPT/Jordan Rivers/Sessions/Session 02.md": note("ipt: session\nsession: 2\ndate: 2026-03-17\nphq9_items: [2, 2, 2, 2, 2, 2, 2, 2, 1]"),
	[OTHER]: note("ipt: case\nclient: Ann Lee"),
	"IPT/Ann Lee/People/Bo.md": note("ipt: person\nrole: brother\ncircle: 2"),
	"Inbox.md": "Nothing IPT here.\n",
};

let app: App;
let renderings: MarkdownRendering[];

async function render(path: string, text: string): Promise<HTMLElement> {
	const rendering = await app.markdownProcessors.render(document.body, text, path);
	renderings.push(rendering);
	return rendering.el;
}

function only(parent: Element, selector: string): HTMLElement {
	const found = parent.querySelectorAll<HTMLElement>(selector);
	if (found.length !== 1) throw new Error(`expected one ${selector}, found ${found.length}`);
	return found[0] as HTMLElement;
}

async function edit(path: string, change: (text: string) => string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no note at ${path}`);
	await app.vault.modify(file, change(await app.vault.read(file)));
	await settle(app, INDEX_WAIT_MS);
}

beforeEach(async () => {
	renderings = [];
	app = await startWorkbench({ files: VAULT });
	await settle(app);
});

afterEach(() => document.body.empty());

describe("IPT code blocks", () => {
	it("registers a processor for each of the five blocks", () => {
		expect(app.markdownProcessors.languages().sort()).toEqual(["ipt-caseload", "ipt-circle", "ipt-measures", "ipt-summary", "ipt-timeline"]);
	});

	it("draws the note's own case, open safety items first in each block", async () => {
		const el = await render(CASE, ["circle", "timeline", "measures", "summary"].map((kind) => block(`ipt-${kind}`)).join("\n"));
		const circle = only(el, ".ipt-embed-circle");
		expect(circle.firstElementChild?.className).toBe("ipt-safety-banner");
		expect(texts(circle, ".ipt-circle-node .ipt-node-label")).toEqual(["Sam Patel", "Kim"]);
		const timeline = only(el, ".ipt-embed-timeline");
		expect(timeline.firstElementChild?.className).toBe("ipt-safety-banner");
		expect(texts(timeline, ".ipt-event-type")).toEqual(["Separation (transition)"]);
		const measures = only(el, ".ipt-embed-measures");
		expect(measures.querySelectorAll(".ipt-score-point")).toHaveLength(2);
		const summary = only(el, ".ipt-embed-summary");
		expect(Array.from(summary.children).map((child) => child.classList[0])).toEqual(["ipt-safety-banner", "ipt-safety-missing", "ipt-header", "ipt-phase-bar", "ipt-section", "ipt-section"]);
		expect(texts(circle, ".ipt-safety-missing strong")).toEqual(["1 session without the safety item"]);
		expect(texts(summary, ".ipt-safety-title")).toEqual(["Open safety item"]);
		expect(texts(summary, ".ipt-area-name")).toContain("Role dispute");
		expect(summary.querySelector(".ipt-due")).not.toBeNull();
	});

	it("draws the case a case: line names, by client, link or folder, from a note outside every case", async () => {
		const el = await render("Inbox.md", [block("ipt-circle", "case: Ann Lee\n"), block("ipt-circle", 'case: "[[Jordan Rivers]]"\n'), block("ipt-circle", "case: IPT/Ann Lee\n")].join("\n"));
		const circles = Array.from(el.querySelectorAll(".ipt-embed-circle"));
		expect(circles.map((circle) => texts(circle, ".ipt-node-label"))).toEqual([["Bo"], ["Sam Patel", "Kim"], ["Bo"]]);
	});

	it("lists every case in the caseload block, the case with an open safety item first", async () => {
		const el = await render("Inbox.md", block("ipt-caseload"));
		const caseload = only(el, ".ipt-embed-caseload");
		expect(texts(caseload, ".ipt-caseload-row .ipt-col-client")).toEqual(["Jordan Rivers", "Ann Lee"]);
		expect(texts(caseload, ".ipt-safety-banner")).toEqual(["1 case has an open safety item; it is listed first."]);
	});

	it("says why a block shows nothing, naming the note and the line", async () => {
		const el = await render("Inbox.md", [block("ipt-summary"), block("ipt-timeline", "case: Nobody\n"), block("ipt-measures", "case: Ann Lee\nwidth: 300\n")].join("\n"));
		expect(texts(el, ".ipt-embed-problem strong")).toEqual([
			"IPT Workbench cannot show this ipt-summary block in Inbox.md",
			"IPT Workbench cannot show this ipt-timeline block in Inbox.md",
			"IPT Workbench cannot show this ipt-measures block in Inbox.md",
		]);
		expect(texts(el, ".ipt-embed-problem p")).toEqual([
			'This note belongs to no IPT case. Add a line "case: " with the client or a link to the case note.',
			'case: "Nobody" matches no case; give a case note\'s path or a client as written in its note.',
			expect.stringContaining('Line 2 of the ipt-measures block ("width: 300") is not an option of ipt-measures.') as unknown as string,
		]);
	});

	it("redraws when its case changes, and not for another case", async () => {
		const el = await render(CASE, block("ipt-circle"));
		const before = only(el, ".ipt-embed-circle");
		await edit("IPT/Ann Lee/People/Bo.md", (text) => text.replace("circle: 2", "circle: 1"));
		expect(only(el, ".ipt-embed-circle")).toBe(before);
		await edit("IPT/Jordan Rivers/People/Kim.md", (text) => text.replace("role: friend", "name: Kim Chu\nrole: friend"));
		expect(only(el, ".ipt-embed-circle")).not.toBe(before);
		expect(texts(el, ".ipt-node-label")).toEqual(["Sam Patel", "Kim Chu"]);
	});

	it("finds its case once the note joins one", async () => {
		const el = await render("Inbox.md", block("ipt-circle"));
		expect(el.querySelector(".ipt-embed-problem")).not.toBeNull();
		await edit("Inbox.md", (text) => note('ipt: person\ncase: "[[Ann Lee]]"\nrole: neighbour\ncircle: 3', text));
		expect(texts(el, ".ipt-node-label")).toEqual(["Bo", "Inbox"]);
	});

	it("does not redraw while hidden, and catches up once shown", async () => {
		const el = await render(CASE, block("ipt-circle"));
		el.hide();
		const before = only(el, ".ipt-embed-circle");
		await edit("IPT/Jordan Rivers/People/Kim.md", (text) => text.replace("role: friend", "name: Kim Chu\nrole: friend"));
		expect(only(el, ".ipt-embed-circle")).toBe(before);
		el.show();
		app.workspace.trigger("layout-change");
		await settle(app);
		expect(texts(el, ".ipt-node-label")).toEqual(["Sam Patel", "Kim Chu"]);
	});

	it("stops listening once the note is rendered anew", async () => {
		const el = await render(CASE, block("ipt-circle"));
		const rendering = renderings[0] as MarkdownRendering;
		const drawn = only(el, ".ipt-embed-circle");
		rendering.unload();
		expect(el.isConnected).toBe(false);
		await edit("IPT/Jordan Rivers/People/Kim.md", (text) => text.replace("role: friend", "name: Kim Chu\nrole: friend"));
		expect(drawn.isConnected).toBe(false);
		expect(texts(drawn, ".ipt-node-label")).toEqual(["Sam Patel", "Kim"]);
	});

	it("follows privacy mode", async () => {
		const el = await render(CASE, [block("ipt-summary"), block("ipt-circle"), block("ipt-caseload")].join("\n"));
		const names = ["Jordan", "Rivers", "Sam", "Patel", "Kim", "Ann Lee"];
		expect(namesShown(el, names)).toEqual(names);
		await app.commands.executeCommandByIdAsync("ipt-workbench:toggle-privacy-mode");
		await settle(app, INDEX_WAIT_MS);
		expect(namesShown(el, names)).toEqual([]);
		expect(el.querySelectorAll(".ipt-embed.is-privacy-mode")).toHaveLength(3);
	});

	it("draws every block of the fictional training case's note", async () => {
		await app.commands.executeCommandByIdAsync("ipt-workbench:create-sample-case");
		await settle(app, INDEX_WAIT_MS);
		const path = "IPT/Elena V (fictional training case)/Elena V.md";
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error("no training case note");
		const el = await render(path, await app.vault.read(file));
		expect(Array.from(el.querySelectorAll(".ipt-embed")).map((embed) => embed.classList[2])).toEqual(["ipt-embed-summary", "ipt-embed-circle", "ipt-embed-timeline", "ipt-embed-measures"]);
		expect(el.querySelector(".ipt-embed-problem")).toBeNull();
		expect(el.querySelectorAll(".ipt-embed-circle .ipt-circle-node")).toHaveLength(8);
	});
});
