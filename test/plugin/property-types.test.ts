/** @jest-environment jsdom */

// The IPT keys of the note format get their property types once per vault, once the
// layout is ready, through the app's type manager (which writes types.json); a type the
// user chose is kept, generic keys are left to the user, and an app without the
// manager, or with one of another shape, is left alone.
import manifest from "../../manifest.json";
import IptWorkbenchPlugin from "../../src/obsidian/main";
import { type App, Notice, useApiVersion } from "../fake-obsidian";
import { startPlugin } from "./settings-support";

const EXPECTED_TYPES = {
	ipt: "text",
	dispute_stage: "text",
	fictional: "checkbox",
	planned_sessions: "number",
	maintenance_sessions: "number",
	maintenance_interval: "number",
	phq9: "number",
	gad7: "number",
	hamd: "number",
	epds: "number",
	phq9_item9: "number",
	hamd_item3: "number",
	epds_item10: "number",
	phq9_items: "multitext",
	gad7_items: "multitext",
	grief_markers: "multitext",
	expectations_reciprocal: "checkbox",
	confidant: "checkbox",
	risk_reviewed: "checkbox",
	recording_reviewed: "checkbox",
	consent_recorded: "checkbox",
};

/** Keys of the note format that other notes and plugins use too: their type is the user's business. */
const GENERIC_KEYS = ["date", "status", "people", "client", "case", "focus", "tasks", "homework", "related", "diagnosis", "start", "onset", "died", "session", "circle", "support", "conflict", "protocol", "measure", "supervisor", "minutes", "format", "sessions"];

function typesJson(app: App): Record<string, string> | null {
	const path = `${app.vault.configDir}/types.json`;
	if (!app.vault.adapter.hasFile(path)) return null;
	return (JSON.parse(app.vault.adapter.readText(path)) as { types: Record<string, string> }).types;
}

/** Swaps the app's type manager for another shape, as another Obsidian version might have. */
function replaceManager(app: App, manager: object): void {
	Object.defineProperty(app, "metadataTypeManager", { value: manager, configurable: true });
}

afterEach(() => {
	document.body.empty();
	Notice.reset();
});

it("sets the IPT keys' types once the layout is ready, not during start-up, and no generic key's", async () => {
	const { app } = await startPlugin();
	expect(typesJson(app)).toBeNull();
	await app.workspace.triggerLayoutReady();
	expect(typesJson(app)).toEqual(EXPECTED_TYPES);
	expect(app.metadataTypeManager?.getAssignedWidget("PHQ9")).toBe("number");
	expect(GENERIC_KEYS.filter((key) => app.metadataTypeManager?.getAssignedWidget(key) !== null)).toEqual([]);
});

it("offers the types once per vault: a type the user removes later stays removed at the next start", async () => {
	const { app, plugin } = await startPlugin();
	await app.workspace.triggerLayoutReady();
	await app.metadataTypeManager?.unsetType("phq9_items");
	plugin.unload();
	await app.loadPlugin(IptWorkbenchPlugin, manifest);
	await app.flush();
	expect(typesJson(app)).toEqual({ ...EXPECTED_TYPES, phq9_items: undefined });
});

it("on an app older than 1.8.7, which cannot remember the offer, offers at each start but never over an assigned type", async () => {
	useApiVersion("1.7.2");
	try {
		const { app, plugin } = await startPlugin({ propertyTypes: { phq9: "text" } });
		await app.workspace.triggerLayoutReady();
		expect(typesJson(app)).toEqual({ ...EXPECTED_TYPES, phq9: "text" });
		await app.metadataTypeManager?.unsetType("gad7");
		plugin.unload();
		await app.loadPlugin(IptWorkbenchPlugin, manifest);
		await app.flush();
		expect(typesJson(app)).toEqual({ ...EXPECTED_TYPES, phq9: "text" });
	} finally {
		useApiVersion();
	}
});

it("keeps the types the user chose, whatever their case, and the keys of other plugins", async () => {
	const { app } = await startPlugin({ propertyTypes: { PHQ9: "text", circle: "text", tags: "tags", due: "date" } });
	await app.workspace.triggerLayoutReady();
	expect(typesJson(app)).toEqual({ ...EXPECTED_TYPES, phq9: undefined, PHQ9: "text", circle: "text", tags: "tags", due: "date" });
});

it("does nothing, and fails nothing, in an app without the type manager", async () => {
	const { app } = await startPlugin({ metadataTypeManager: false });
	await app.workspace.triggerLayoutReady();
	expect(app.metadataTypeManager).toBeUndefined();
	expect(typesJson(app)).toBeNull();
	expect(Notice.messages).toEqual([]);
});

it("reads the user's choices through the older getAssignedType where getAssignedWidget is missing", async () => {
	const { app } = await startPlugin();
	const setType = jest.fn();
	replaceManager(app, { getAssignedType: (key: string) => (key === "phq9" ? "text" : null), setType });
	await app.workspace.triggerLayoutReady();
	const { phq9: _kept, ...others } = EXPECTED_TYPES;
	expect(Object.fromEntries(setType.mock.calls as [string, string][])).toEqual(others);
});

it("sets nothing when the app cannot tell which types the user chose", async () => {
	const { app } = await startPlugin();
	const setType = jest.fn();
	replaceManager(app, { setType });
	await app.workspace.triggerLayoutReady();
	expect(setType).not.toHaveBeenCalled();
});

it("survives a manager that throws or rejects", async () => {
	const { app } = await startPlugin();
	let calls = 0;
	replaceManager(app, {
		getAssignedWidget: (key: string) => {
			if (key === "ipt") throw new Error("changed shape");
			return null;
		},
		setType: (key: string) => {
			calls++;
			if (key === "gad7") throw new Error("cannot write types.json");
			return Promise.reject(new Error("cannot write types.json"));
		},
	});
	await app.workspace.triggerLayoutReady();
	// Every key but `ipt`, whose current type could not be read, was tried.
	expect(calls).toBe(Object.keys(EXPECTED_TYPES).length - 1);
	expect(Notice.messages).toEqual([]);
});
