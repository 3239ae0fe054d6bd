import { parse, stringify } from "yaml";

/**
 * YAML 1.2 core schema, as Obsidian reads properties: dates stay strings and an
 * empty value is null. Invalid YAML throws the `yaml` package's YAMLParseError.
 */
export function parseYaml(yaml: string): unknown {
	// Obsidian prints nothing for `{{placeholder}}` keys in template notes; the `yaml` package would warn on the console.
	return parse(yaml, { logLevel: "error" });
}

/** Block style without line folding; null is written as an empty value (`key:`), as Obsidian writes it. */
export function stringifyYaml(obj: unknown): string {
	return stringify(obj, { lineWidth: 0, nullStr: "" });
}
