// One field's change, checked by the same parser that reads data.json, so the tab
// accepts exactly what a restart would keep.
import { parsePluginSettings, type PluginSettings } from "../../domain/settings/plugin-settings";
import { isPlainObject } from "../../domain/settings/read-field";

/** Keys from the top of the settings down to one value, as stored in data.json. */
export type SettingPath = readonly string[];

/** Why a change was refused: where the parser found the problem, and what it is. */
export interface SettingProblem {
	/** The problem's key path, dot-separated, e.g. `engine.windowMonths`. */
	readonly at: string;
	/** What is wrong, without the fallback the parser would use. */
	readonly reason: string;
}

export type CheckedChange = { readonly settings: PluginSettings; readonly problem?: never } | { readonly settings?: never; readonly problem: SettingProblem };

function withValue(source: unknown, path: SettingPath, value: unknown): unknown {
	const [key, ...rest] = path;
	if (key === undefined) return value;
	const object = isPlainObject(source) ? source : {};
	return { ...object, [key]: withValue(object[key], rest, value) };
}

/** The parser's problems read `<key path>: <reason>; using <fallback>`. */
function problemOf(text: string): SettingProblem {
	const colon = text.indexOf(": ");
	const body = colon < 0 ? text : text.slice(colon + 2);
	const using = body.lastIndexOf("; using ");
	return { at: colon < 0 ? "" : text.slice(0, colon), reason: using < 0 ? body : body.slice(0, using) };
}

/** The settings with `value` at `path` when they stay valid; otherwise the first problem. */
export function checkChange(current: PluginSettings, path: SettingPath, value: unknown): CheckedChange {
	const { settings, problems } = parsePluginSettings(withValue(current, path, value));
	const [first] = problems;
	return first === undefined ? { settings } : { problem: problemOf(first) };
}
