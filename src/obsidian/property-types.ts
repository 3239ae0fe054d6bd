// Obsidian's properties editor shows a key as the type it was given in the vault's
// types.json. Giving the note format's keys their types saves clinicians from dates
// shown as text and lists shown as one string. The manager behind it is not in the
// public API, so every member is checked before use and nothing here may throw.
import type { App } from "obsidian";

type PropertyType = "text" | "multitext" | "number" | "date" | "checkbox";

const PROPERTY_TYPES: Readonly<Record<string, PropertyType>> = {
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

/** `app.metadataTypeManager`, as far as it is used here; any member may be missing. */
interface TypeManager {
	setType?: unknown;
	/** Since Obsidian 1.9: the type the user (or a plugin) gave the key, or null. */
	getAssignedWidget?: unknown;
	/** The same before 1.9. */
	getAssignedType?: unknown;
}

type TypeSetter = TypeManager & { setType: (key: string, type: string) => unknown };

function typeSetterOf(app: App): TypeSetter | null {
	const manager: unknown = (app as App & { metadataTypeManager?: unknown }).metadataTypeManager;
	if (typeof manager !== "object" || manager === null) return null;
	return typeof (manager as TypeManager).setType === "function" ? (manager as TypeSetter) : null;
}

/** The key's assigned type, null when it has none, undefined when the app does not say. */
function assignedType(manager: TypeManager, key: string): string | null | undefined {
	const read = typeof manager.getAssignedWidget === "function" ? manager.getAssignedWidget : manager.getAssignedType;
	if (typeof read !== "function") return undefined;
	try {
		const type: unknown = read.call(manager, key);
		return typeof type === "string" && type !== "" ? type : null;
	} catch {
		return undefined;
	}
}

/** The types are a convenience: if setting one fails, the key keeps the type Obsidian infers. */
function setType(manager: TypeSetter, key: string, type: PropertyType): void {
	try {
		const result = manager.setType(key, type);
		if (result instanceof Promise) void result.catch(() => undefined);
	} catch {
		// As above: nothing to undo, nothing to tell.
	}
}

/**
 * Gives each key of the note format its property type, where the app offers it and the
 * user has not chosen a type for that key already. The app writes types.json itself.
 */
export function registerPropertyTypes(app: App): void {
	const manager = typeSetterOf(app);
	if (!manager) return;
	for (const [key, type] of Object.entries(PROPERTY_TYPES)) {
		// Undefined (the app cannot tell) is treated like a choice: never overwrite one.
		if (assignedType(manager, key) === null) setType(manager, key, type);
	}
}
