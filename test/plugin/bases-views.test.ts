/** @jest-environment jsdom */
import manifest from "../../manifest.json";
import IptWorkbenchPlugin from "../../src/obsidian/main";
import { createFakeApp, useApiVersion, type App, type OpenBase } from "../fake-obsidian";
import { INDEX_WAIT_MS, namesShown, settle, startWorkbench, texts } from "./views-support";

const CASE = "IPT/Jordan Rivers/Jordan Rivers.md";
const SAM = "IPT/Jordan Rivers/People/Sam Patel.md";
const KIM = "IPT/Jordan Rivers/People/Kim.md";
const ALEX = "IPT/Jordan Rivers/People/Alex.md";
const BO = "IPT/Ann Lee/People/Bo.md";

function note(frontmatter: string): string {
	return `---\n${frontmatter.trim()}\n---\n`;
}

const VAULT: Record<string, string> = {
	[CASE]: note("ipt: case\nclient: Jordan Rivers\nonset: 2026-03-01"),
	[SAM]: note("ipt: person\nname: Sam Patel\nrole: partner\ncircle: 1\nsupport: 1\nconflict: 3"),
	[KIM]: note("ipt: person\nrole: friend\ncircle: 2\nsupport: 3"),
	[ALEX]: note("ipt: person\nrole: friend\ncircle: 3\nsupport: 2"),
	"IPT/Jordan Rivers/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-03-10\nphq9_items: [2, 2, 2, 2, 2, 2, 2, 2, 1]"),
	"IPT/Ann Lee/Ann Lee.md": note("ipt: case\nclient: Ann Lee"),
	[BO]: note("ipt: person\nrole: brother\ncircle: 2"),
	"Inbox.md": "Nothing IPT here.\n",
	"Shopping.md": "Milk.\n",
};

let app: App;
let open: OpenBase[];

function base(viewId: string, paths: readonly string[], config?: Record<string, unknown>): HTMLElement {
	const opened = app.bases.open(viewId, paths, config);
	open.push(opened);
	return opened.containerEl;
}

beforeEach(async () => {
	open = [];
	app = await startWorkbench({ files: VAULT });
	await settle(app);
});

afterEach(() => {
	for (const opened of open) opened.close();
	useApiVersion();
	document.body.empty();
});

describe("IPT Bases views", () => {
	it("are offered as IPT closeness circle and IPT caseload, with the circle's options", () => {
		expect(app.bases.registration("ipt-closeness-circle")?.name).toBe("IPT closeness circle");
		expect(app.bases.registration("ipt-caseload")?.name).toBe("IPT caseload");
		const options = app.bases.registration("ipt-closeness-circle")?.options?.(undefined as never) ?? [];
		expect(options.map((option) => ("key" in option ? option.key : option.displayName))).toEqual(["label", "ring", "privacy"]);
	});

	it("are not registered before Bases (1.10.0), nor where Bases is off, and the plugin still loads", async () => {
		for (const setUp of [() => useApiVersion("1.9.14"), (fresh: App) => (fresh.bases.enabled = false)]) {
			const fresh = createFakeApp({ files: VAULT });
			useApiVersion();
			setUp(fresh);
			await fresh.loadPlugin(IptWorkbenchPlugin, manifest);
			expect(fresh.bases.registration("ipt-closeness-circle")).toBeUndefined();
			expect(fresh.bases.registration("ipt-caseload")).toBeUndefined();
			expect(fresh.commands.listCommands().length).toBeGreaterThan(0);
		}
	});

	it("draws the rows' people on their case's circle, open safety first, and names the rows it does not know", () => {
		const el = base("ipt-closeness-circle", [SAM, KIM, "Inbox.md", "Shopping.md"]);
		const part = el.querySelector(".ipt-base-case");
		expect(part?.firstElementChild?.className).toBe("ipt-safety-banner");
		expect(texts(el, ".ipt-node-label")).toEqual(["Sam Patel", "Kim"]);
		expect(texts(el, ".ipt-base-unknown")).toEqual(["2 rows are not notes of an IPT case: Inbox.md, Shopping.md."]);
	});

	it("draws a case's whole circle for its case note, one circle per case", () => {
		const el = base("ipt-closeness-circle", [CASE, BO]);
		expect(texts(el, ".ipt-section-heading")).toEqual(["Jordan Rivers", "Ann Lee"]);
		expect(Array.from(el.querySelectorAll(".ipt-base-case")).map((part) => texts(part, ".ipt-node-label"))).toEqual([["Sam Patel", "Kim", "Alex"], ["Bo"]]);
	});

	it("follows its options: the outermost ring, role labels, hidden names", () => {
		expect(texts(base("ipt-closeness-circle", [CASE], { ring: 2 }), ".ipt-node-label")).toEqual(["Sam Patel", "Kim"]);
		const roles = base("ipt-closeness-circle", [CASE], { label: "role" });
		expect(namesShown(roles, ["Jordan", "Sam", "Patel", "Kim", "Alex"])).toEqual([]);
		expect(texts(roles, ".ipt-node-label")).toEqual(["Partner", "Friend 2", "Friend 1"]);
		const hidden = base("ipt-closeness-circle", [CASE, "Inbox.md"], { privacy: true });
		expect(namesShown(hidden, ["Jordan", "Sam", "Patel", "Kim", "Alex", "Inbox"])).toEqual([]);
		expect(texts(hidden, ".ipt-base-unknown")).toEqual(["1 row is not a note of an IPT case."]);
	});

	it("redraws with new rows and when the engine re-reads a case shown", async () => {
		const opened = app.bases.open("ipt-closeness-circle", [SAM]);
		open.push(opened);
		opened.update([SAM, KIM]);
		expect(texts(opened.containerEl, ".ipt-node-label")).toEqual(["Sam Patel", "Kim"]);
		const file = app.vault.getFileByPath(KIM);
		if (!file) throw new Error("no Kim");
		await app.vault.modify(file, note("ipt: person\nname: Kim Chu\nrole: friend\ncircle: 2"));
		await settle(app, INDEX_WAIT_MS);
		expect(texts(opened.containerEl, ".ipt-node-label")).toEqual(["Sam Patel", "Kim Chu"]);
	});

	it("lists the rows' cases in the caseload view, the one with an open safety item first", () => {
		const el = base("ipt-caseload", [SAM, BO, "Inbox.md"]);
		expect(texts(el, ".ipt-caseload-row .ipt-col-client")).toEqual(["Jordan Rivers", "Ann Lee"]);
		expect(texts(el, ".ipt-safety-banner")).toEqual(["1 case has an open safety item; it is listed first."]);
		expect(texts(el, ".ipt-base-unknown")).toEqual(["1 row is not a note of an IPT case: Inbox.md."]);
		expect(texts(base("ipt-caseload", [BO]), ".ipt-caseload-row .ipt-col-client")).toEqual(["Ann Lee"]);
	});
});
