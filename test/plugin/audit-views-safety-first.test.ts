/** @jest-environment jsdom */
import { openSidebar, showNote, startWorkbench, viewRoot } from "./views-support";

function note(frontmatter: string): string {
	return `---\n${frontmatter.trim()}\n---\n`;
}

const VAULT: Record<string, string> = {
	"IPT/Ann Lee/Ann Lee.md": note("ipt: case\nclient: Ann Lee"),
	"IPT/Ann Lee/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-04-02\nphq9_items: [2, 2, 2, 2, 2, 2, 2, 2, 1]"),
	"Inbox.md": "A note of no case.",
};

afterEach(() => document.body.empty());

describe("the sidebar showing the caseload (no case active)", () => {
	it("puts the open safety banner before anything else, its own heading included", async () => {
		const app = await startWorkbench({ files: VAULT });
		await showNote(app, "Inbox.md");
		const leaf = await openSidebar(app);
		const [first, ...rest] = Array.from(viewRoot(leaf).children);
		expect(first?.className).toBe("ipt-safety-banner");
		expect(first?.textContent).toBe("1 case has an open safety item; it is listed first.");
		expect(rest.map((el) => el.className)).toEqual(["ipt-caseload-title", "ipt-hint", "ipt-caseload-controls", "ipt-caseload-scroll"]);
	});
});
