/** @jest-environment jsdom */
import { readCanvas, type CanvasDocument, type CanvasNode } from "../../src/domain/canvas/json-canvas";
import { personNodeId } from "../../src/domain/canvas/circle-canvas";
import { Notice, type App } from "../fake-obsidian";
import { INDEX_WAIT_MS, settle, showNote, startWorkbench } from "./views-support";

const CASE = "IPT/Jordan Rivers/Jordan Rivers.md";
const CANVAS = "IPT/Jordan Rivers/Jordan Rivers circle.canvas";
const SAM = "IPT/Jordan Rivers/People/Sam Patel.md";
const KIM = "IPT/Jordan Rivers/People/Kim.md";

function note(frontmatter: string): string {
	return `---\n${frontmatter.trim()}\n---\n`;
}

const VAULT: Record<string, string> = {
	[CASE]: note("ipt: case\nclient: Jordan Rivers"),
	[SAM]: note("ipt: person\nname: Sam Patel\nrole: partner\ncircle: 1\nsupport: 1\nconflict: 3"),
	[KIM]: note("ipt: person\nrole: friend\ncircle: 2\nsupport: 3\nconflict: 0"),
};

let app: App;

async function run(id: string): Promise<void> {
	await app.commands.executeCommandByIdAsync(`ipt-workbench:${id}`);
	await settle(app);
}

async function canvas(): Promise<CanvasDocument> {
	const file = app.vault.getFileByPath(CANVAS);
	if (!file) throw new Error("no canvas");
	const reading = readCanvas(await app.vault.read(file), CANVAS);
	if ("problem" in reading) throw new Error(reading.problem);
	return reading.canvas;
}

function node(doc: CanvasDocument, id: string): CanvasNode {
	const found = doc.nodes.find((n) => n.id === id);
	if (!found) throw new Error(`no node ${id}`);
	return found;
}

/** Moves a node so that its centre is `radius` from the canvas's origin, at `angle` degrees. */
async function move(id: string, radius: number, angle: number): Promise<void> {
	const file = app.vault.getFileByPath(CANVAS);
	if (!file) throw new Error("no canvas");
	await app.vault.process(file, (text) => {
		const doc = JSON.parse(text) as { nodes: { id: string; x: number; y: number; width: number; height: number }[] };
		const target = doc.nodes.find((n) => n.id === id);
		if (!target) throw new Error(`no node ${id}`);
		target.x = radius * Math.cos((angle * Math.PI) / 180) - target.width / 2;
		target.y = radius * Math.sin((angle * Math.PI) / 180) - target.height / 2;
		return JSON.stringify(doc);
	});
}

function ringRadius(doc: CanvasDocument, ring: number): number {
	return node(doc, `ipt-ring-${ring}`).width / 2;
}

beforeEach(async () => {
	Notice.reset();
	app = await startWorkbench({ files: VAULT });
	await showNote(app, CASE);
});

afterEach(() => document.body.empty());

describe("the closeness circle as a canvas", () => {
	it("writes a JSON Canvas: a group per ring, a file node per person, ties from the client coloured by conflict", async () => {
		await run("export-circle-canvas");
		const doc = await canvas();
		expect(doc.nodes.filter((n) => n.type === "group").map((n) => ("label" in n ? n.label : ""))).toEqual(["Ring 3", "Ring 2", "Ring 1"]);
		expect(new Set(doc.nodes.map((n) => n.id)).size).toBe(doc.nodes.length);
		expect(node(doc, personNodeId(SAM))).toMatchObject({ type: "file", file: SAM, color: "1" });
		expect(node(doc, personNodeId(KIM))).toMatchObject({ type: "file", file: KIM, color: "4" });
		expect(doc.edges.map((e) => [e.fromNode, e.toNode, e.label, e.color])).toEqual([
			["ipt-client", personNodeId(SAM), "support 1 · conflict 3", "1"],
			["ipt-client", personNodeId(KIM), "support 3 · conflict 0", "4"],
		]);
		const kim = node(doc, personNodeId(KIM));
		expect(Math.hypot(kim.x + kim.width / 2, kim.y + kim.height / 2)).toBeCloseTo(ringRadius(doc, 2), 0);
	});

	it("writes role labels, not names or links, in privacy mode", async () => {
		await run("toggle-privacy-mode");
		await run("export-circle-canvas");
		const text = await app.vault.read(app.vault.getFileByPath(CANVAS) as never);
		expect(text).not.toMatch(/Jordan|Rivers|Sam|Patel|Kim|People\//);
		expect(node(await canvas(), personNodeId(SAM))).toMatchObject({ type: "text", text: "Partner" });
	});

	it("keeps a person the clinician moved within their ring on re-export, and places anew one moved off it", async () => {
		await run("export-circle-canvas");
		const radius2 = ringRadius(await canvas(), 2);
		await move(personNodeId(KIM), radius2, 200);
		await move(personNodeId(SAM), radius2, 10);
		const moved = node(await canvas(), personNodeId(KIM));
		await run("export-circle-canvas");
		const again = await canvas();
		expect(node(again, personNodeId(KIM))).toMatchObject({ x: moved.x, y: moved.y });
		const sam = node(again, personNodeId(SAM));
		expect(Math.hypot(sam.x + sam.width / 2, sam.y + sam.height / 2)).toBeCloseTo(ringRadius(again, 1), 0);
	});

	it("shows the ring changes from the canvas and writes circle only on yes", async () => {
		await run("export-circle-canvas");
		await move(personNodeId(KIM), ringRadius(await canvas(), 1), 90);
		await run("update-rings-from-canvas");
		expect(Array.from(document.querySelectorAll(".ipt-ring-changes li")).map((li) => li.textContent)).toEqual(["Kim: ring 2 to 1"]);
		const cancel = Array.from(document.querySelectorAll<HTMLButtonElement>(".modal button")).find((b) => b.textContent === "Cancel");
		if (!cancel) throw new Error("no Cancel button");
		cancel.click();
		await settle(app);
		expect(app.metadataCache.getFileCache(app.vault.getFileByPath(KIM) as never)?.frontmatter?.circle).toBe(2);
		await run("update-rings-from-canvas");
		const yes = Array.from(document.querySelectorAll<HTMLButtonElement>(".modal button")).find((b) => b.textContent === "Update rings");
		if (!yes) throw new Error("no Update rings button");
		yes.click();
		await settle(app, INDEX_WAIT_MS);
		expect(app.metadataCache.getFileCache(app.vault.getFileByPath(KIM) as never)?.frontmatter?.circle).toBe(1);
		expect(app.metadataCache.getFileCache(app.vault.getFileByPath(SAM) as never)?.frontmatter?.circle).toBe(1);
	});

	it("says what is wrong with a canvas it cannot read, and leaves it as it is", async () => {
		const bad = '{"nodes":[{"id":"a","type":"text","x":0,"y":"up","width":10,"height":10,"text":"hi"}],"edges":[]}';
		await app.vault.create(CANVAS, bad);
		await run("update-rings-from-canvas");
		expect(Notice.messages.at(-1)).toBe(`IPT Workbench: ${CANVAS}: nodes[0] has no number "y".`);
		await run("export-circle-canvas");
		expect(Notice.messages.at(-1)).toMatch(/nodes\[0\] has no number "y"\. The canvas was left as it is\.$/);
		expect(await app.vault.read(app.vault.getFileByPath(CANVAS) as never)).toBe(bad);
	});
});
