/** @jest-environment jsdom */
import type { App } from "../fake-obsidian";
import { INDEX_WAIT_MS, openCaseload, openSidebar, settle, showNote, startWorkbench, viewRoot } from "./views-support";

const CASE = "IPT/Jordan Rivers/Jordan Rivers.md";
const SAM = "IPT/Jordan Rivers/People/Sam Patel.md";

function note(frontmatter: string): string {
	return `---\n${frontmatter.trim()}\n---\n`;
}

const VAULT: Record<string, string> = {
	[CASE]: note("ipt: case\nclient: Jordan Rivers\nonset: 2026-03-01"),
	[SAM]: note("ipt: person\nname: Sam Patel\nrole: partner\ncircle: 1\nsupport: 1\nconflict: 3\ndispute_stage: impasse"),
	"IPT/Jordan Rivers/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-03-10\nphq9: 18"),
};

let app: App;

function hover(el: Element, mod: boolean): void {
	el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: mod }));
}

function find(root: Element, selector: string, text?: string): Element {
	const found = Array.from(root.querySelectorAll(selector)).find((el) => text === undefined || el.textContent === text);
	if (!found) throw new Error(`nothing matches ${selector} ${text ?? ""}`);
	return found;
}

function previewed(): string[] {
	return app.hoverLinkSources.previews.map((p) => `${p.source}: ${p.linktext}`);
}

beforeEach(async () => {
	app = await startWorkbench({ files: VAULT });
	await showNote(app, CASE);
});

afterEach(() => document.body.empty());

describe("Page preview from the views", () => {
	it("registers IPT Workbench as a hover source that wants the Mod key", () => {
		expect(app.hoverLinkSources.get("ipt-workbench")).toEqual({ display: "IPT Workbench", defaultMod: true });
	});

	it("previews a person from the circle and evidence lists, and a case from the caseload, with Mod held", async () => {
		const sidebar = viewRoot(await openSidebar(app));
		hover(find(sidebar, ".ipt-circle-node .ipt-node-label"), false);
		expect(previewed()).toEqual([]);
		hover(find(sidebar, ".ipt-circle-node .ipt-node-label"), true);
		hover(find(sidebar, ".ipt-evidence .ipt-note-link", "Sam Patel"), true);
		const caseload = viewRoot(await openCaseload(app));
		hover(find(caseload, ".ipt-col-client .ipt-note-link"), true);
		expect(previewed()).toEqual([`ipt-workbench: ${SAM}`, `ipt-workbench: ${SAM}`, `ipt-workbench: ${CASE}`]);
	});

	it("previews from a code block in a note", async () => {
		const rendering = await app.markdownProcessors.render(document.body, "```ipt-circle\n```\n", CASE);
		hover(find(rendering.el, ".ipt-circle-node"), true);
		expect(previewed()).toEqual([`ipt-workbench: ${SAM}`]);
	});

	it("previews nothing in privacy mode", async () => {
		const sidebar = await openSidebar(app);
		await app.commands.executeCommandByIdAsync("ipt-workbench:toggle-privacy-mode");
		await settle(app, INDEX_WAIT_MS);
		hover(find(viewRoot(sidebar), ".ipt-circle-node"), true);
		const rendering = await app.markdownProcessors.render(document.body, "```ipt-circle\n```\n", CASE);
		hover(find(rendering.el, ".ipt-circle-node"), true);
		expect(previewed()).toEqual([]);
	});
});
