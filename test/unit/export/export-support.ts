// Running the export on a loaded case and reading its summary section by section.
import { exportCase, type ExportResult } from "../../../src/domain/export/export-case";
import type { OutputFile } from "../../../src/domain/export/leak-scan";
import { NO_NOTE_LINKS } from "../../../src/domain/privacy/known-names";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { TODAY, type LoadedCase } from "./jordan-case";

export function run(loaded: LoadedCase, options: { identified?: boolean; includeBodies?: boolean } = {}): ExportResult {
	const includeBodies = options.includeBodies ?? false;
	return exportCase(loaded.bundle, loaded.analysis, {
		identified: options.identified ?? false,
		includeBodies,
		...(includeBodies ? { bodies: loaded.bodies } : {}),
		today: TODAY,
		settings: DEFAULT_ENGINE_SETTINGS,
		vault: loaded.vault ?? { cases: [loaded.bundle], links: NO_NOTE_LINKS },
	});
}

export function written(result: ExportResult): { folder: string; files: readonly OutputFile[] } {
	if ("refused" in result) throw new Error(`refused: ${JSON.stringify(result.refused)}`);
	return result;
}

export function fileText(result: ExportResult, name: string): string {
	const file = written(result).files.find((candidate) => candidate.name === name);
	if (!file) throw new Error(`no ${name}`);
	return file.text;
}

/** The summary's parts: "" for what comes before the first `## ` heading, then each section's lines by heading. */
export function sections(markdown: string): Map<string, string[]> {
	const parts = new Map<string, string[]>([["", []]]);
	let current = "";
	for (const line of markdown.split("\n")) {
		if (line.startsWith("## ")) {
			current = line.slice(3);
			parts.set(current, []);
		} else if (line !== "") parts.get(current)?.push(line);
	}
	return parts;
}

/** The names as whole words, in any letter case: "Lee" is in "Lee's" but not in "asleep". */
export function namesIn(text: string, names: readonly string[]): string[] {
	const folded = text.normalize("NFC").toLowerCase();
	return names.filter((name) => {
		const escaped = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(folded);
	});
}
