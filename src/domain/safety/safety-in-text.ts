// Safety answers in frontmatter that no YAML parser could read (a duplicate key, a
// stray quote, a fence never closed). The note's values cannot be trusted, so every
// safety key found is raised as unreadable: the clinician looks, and fixes the note.
import type { SafetyReading } from "../model/safety-reading";
import { matchSafetyKey } from "./safety-keys";

// A key anywhere on a line (also inside a flow map), quoted or not, then `:` and a space or the end.
const KEY = /(?:^|[{,\s])["']?([A-Za-z][\w .-]{0,40}?)["']?[ \t]*:(?=\s|$)/gm;
const ITEM_LINE = /^[ \t]*-[ \t]*(.*)$/;
const MAX_RAW = 60;

function shortened(text: string): string {
	const trimmed = text.trim();
	return trimmed.length > MAX_RAW ? `${trimmed.slice(0, MAX_RAW - 1)}…` : trimmed;
}

/** The text after a key's colon, or the block list below it when the line ends there. */
function valueAfter(text: string, from: number): string {
	const lineEnd = text.indexOf("\n", from);
	const rest = text.slice(from, lineEnd < 0 ? text.length : lineEnd).replace(/\s#.*$/, "");
	if (rest.trim() !== "" || lineEnd < 0) return rest;
	const items: string[] = [];
	for (const line of text.slice(lineEnd + 1).split("\n")) {
		const item = ITEM_LINE.exec(line);
		if (!item) break;
		items.push((item[1] ?? "").trim());
	}
	return items.length > 0 ? `[${items.join(", ")}]` : "";
}

/** Every safety key in unparsable frontmatter text, each as an unreadable reading. */
export function safetyInText(yaml: string): SafetyReading[] {
	const readings: SafetyReading[] = [];
	for (const found of yaml.matchAll(KEY)) {
		const written = (found[1] ?? "").trim();
		const match = matchSafetyKey(written);
		if (match === null) continue;
		const value = valueAfter(yaml, (found.index ?? 0) + found[0].length);
		const raw = shortened(value) || "no value";
		readings.push({ measure: match.key.measure, item: match.key.item, key: written, raw, score: null });
	}
	return readings;
}
