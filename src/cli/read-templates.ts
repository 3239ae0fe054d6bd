// The templates folders' notes, each checked as a template (see checkTemplate).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../domain/model/diagnostic";
import { checkTemplate } from "../index/check-template";
import { errorCode } from "./error-code";
import { parseNoteYaml } from "./frontmatter-text";

export interface TemplateScan {
	readonly folders: readonly string[];
	/** Folders that could not be listed, with why. */
	readonly missing: readonly { readonly folder: string; readonly reason: string }[];
	/** Vault-relative paths of the templates that make IPT notes. */
	readonly iptTemplates: readonly string[];
	readonly otherFiles: number;
	readonly diagnostics: readonly Diagnostic[];
}

export function readTemplates(vault: string, folders: readonly string[]): TemplateScan {
	const scan = { folders, missing: [] as { folder: string; reason: string }[], iptTemplates: [] as string[], otherFiles: 0, diagnostics: [] as Diagnostic[] };
	for (const folder of folders) {
		let entries: string[];
		try {
			entries = readdirSync(join(vault, folder), { recursive: true, encoding: "utf8" });
		} catch (error) {
			scan.missing.push({ folder, reason: errorCode(error) });
			continue;
		}
		for (const entry of entries.sort()) {
			const path = `${folder}/${entry.split("\\").join("/")}`;
			if (!path.toLowerCase().endsWith(".md") || path.split("/").some((part) => part.startsWith("."))) continue;
			let text: string;
			try {
				text = readFileSync(join(vault, path), "utf8");
			} catch (error) {
				scan.diagnostics.push({ path, field: "file", severity: "error", message: `could not be read (${errorCode(error)}).` });
				continue;
			}
			const checked = checkTemplate(path, text, parseNoteYaml);
			if (checked.isIptTemplate) scan.iptTemplates.push(path);
			else scan.otherFiles++;
			scan.diagnostics.push(...checked.diagnostics);
		}
	}
	return scan;
}
