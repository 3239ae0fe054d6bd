// Obsidian's properties editor shows a key as the type it was given in the vault's
// types.json, for every note of the vault. So only keys that belong to IPT get a type
// here: generic ones (`date`, `status`, `people`, `onset`...) are the user's, shared
// with their other notes and plugins. The manager behind it is not in the public API,
// so every member is checked before use and nothing here may throw.
import { requireApiVersion, type App } from "obsidian";

type PropertyType = "text" | "multitext" | "number" | "checkbox";

/** Built only when the types are offered, once per vault: see domain/lazy.ts on why not at the top level. */
function propertyTypes(): Readonly<Record<string, PropertyType>> {
	return {
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
		// A list of numbers has no type of its own in Obsidian; as a list its items can be edited one by one.
		phq9_items: "multitext",
		gad7_items: "multitext",
		grief_markers: "multitext",
		expectations_reciprocal: "checkbox",
		confidant: "checkbox",
		risk_reviewed: "checkbox",
		recording_reviewed: "checkbox",
		consent_recorded: "checkbox",
	};
}

/** Where the plugin notes, per vault, that it has offered its types: a type the user later removes stays removed. */
const TYPES_OFFERED_KEY = "ipt-workbench-property-types";
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

/** Whether the types were offered in this vault before; null on an app too old to remember (before 1.8.7). */
function typesOffered(app: App): boolean | null {
	if (requireApiVersion("1.8.7")) return app.loadLocalStorage(TYPES_OFFERED_KEY) !== null;
	return null;
}

function rememberTypesOffered(app: App): void {
	if (requireApiVersion("1.8.7")) app.saveLocalStorage(TYPES_OFFERED_KEY, true);
}

/**
 * Gives each IPT key its property type, once per vault (not at every start-up), where
 * the app offers it and the user has not chosen a type for that key already. The app
 * writes types.json itself. On an app too old to remember the offer, the types are
 * offered at each start-up, still never over a type already assigned.
 */
export function registerPropertyTypes(app: App): void {
	if (typesOffered(app) === true) return;
	const manager = typeSetterOf(app);
	if (!manager) return;
	for (const [key, type] of Object.entries(propertyTypes())) {
		// Undefined (the app cannot tell) is treated like a choice: never overwrite one.
		if (assignedType(manager, key) === null) setType(manager, key, type);
	}
	rememberTypesOffered(app);
}
