/** Every string a view model would put on screen: all of them except note paths, which stay in click handlers. */
export function shownText(model: unknown): string[] {
	if (typeof model === "string") return [model];
	if (Array.isArray(model)) return model.flatMap(shownText);
	if (typeof model === "object" && model !== null) return Object.entries(model).flatMap(([key, value]) => (key === "path" || key === "casePath" ? [] : shownText(value)));
	return [];
}

/** The names among `names` that appear as words in what the model shows. */
export function namesShown(model: unknown, names: readonly string[]): string[] {
	const text = shownText(model).join("\n");
	return names.filter((name) => new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, "u").test(text));
}
