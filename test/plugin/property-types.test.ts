/** @jest-environment jsdom */

// The note format's keys get their property types once the layout is ready, through
// the app's type manager (which writes types.json); a type the user chose is kept, and
// an app without the manager, or with one of another shape, is left alone.
import { type App, Notice } from "../fake-obsidian";
import { startPlugin } from "./settings-support";

const EXPECTED_TYPES = {
	ipt: "text",
	client: "text",
	status: "text",
	protocol: "text",
	measure: "text",
	case: "text",
	planned_sessions: "number",
	maintenance_sessions: "number",
	maintenance_interval: "number",
	circle: "number",
	support: "number",
	conflict: "number",
	session: "number",
	phq9: "number",
	gad7: "number",
	hamd: "number",
	epds: "number",
	hamd_item3: "number",
	epds_item10: "number",
	start: "date",
	onset: "date",
	died: "date",
	date: "date",
	focus: "multitext",
	tasks: "multitext",
	homework: "multitext",
	related: "multitext",
	grief_markers: "multitext",
	people: "multitext",
	diagnosis: "multitext",
	expectations_reciprocal: "checkbox",
	confidant: "checkbox",
	risk_reviewed: "checkbox",
};

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

it("sets every key's type once the layout is ready, not during start-up", async () => {
	const { app } = await startPlugin();
	expect(typesJson(app)).toBeNull();
	await app.workspace.triggerLayoutReady();
	expect(typesJson(app)).toEqual(EXPECTED_TYPES);
	expect(app.metadataTypeManager?.getAssignedWidget("Onset")).toBe("date");
});

it("keeps the types the user chose, whatever their case, and the keys of other plugins", async () => {
	const { app } = await startPlugin({ propertyTypes: { Date: "datetime", circle: "text", tags: "tags", due: "date" } });
	await app.workspace.triggerLayoutReady();
	expect(typesJson(app)).toEqual({ ...EXPECTED_TYPES, date: undefined, Date: "datetime", circle: "text", tags: "tags", due: "date" });
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
	replaceManager(app, { getAssignedType: (key: string) => (key === "date" ? "datetime" : null), setType });
	await app.workspace.triggerLayoutReady();
	const { date: _kept, ...others } = EXPECTED_TYPES;
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
			if (key === "client") throw new Error("cannot write types.json");
			return Promise.reject(new Error("cannot write types.json"));
		},
	});
	await app.workspace.triggerLayoutReady();
	// Every key but `ipt`, whose current type could not be read, was tried.
	expect(calls).toBe(Object.keys(EXPECTED_TYPES).length - 1);
	expect(Notice.messages).toEqual([]);
});
