import { normalizePath, Notice, TFile } from "obsidian";
import { classVaultFiles, classVaultNotePaths } from "../../domain/practice/class-vault";
import { allTemplates } from "../../domain/templates/catalogue";
import { templateCopyPath } from "../notes/template-source";
import { screenOf } from "../privacy/screen";
import { readSettingsText } from "../settings/settings-file";
import type { Workbench } from "../workbench";
import { writeExportFolder } from "./write-export";

/** The text of each note at `paths` that the vault holds. */
async function readNotes(workbench: Workbench, paths: readonly string[]): Promise<Map<string, string>> {
	const texts = new Map<string, string>();
	for (const path of paths) {
		const file = workbench.app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) texts.set(path, await workbench.app.vault.cachedRead(file));
	}
	return texts;
}

/**
 * "Export class vault": a starting vault for students, in a new folder under the export
 * folder (see classVaultFiles for what goes in). Inside this vault its cases are read as
 * cases too, so the notice says to move it out before handing it over.
 */
export async function exportClassVault(workbench: Workbench): Promise<void> {
	const { app, settings, plugin } = workbench;
	const screen = screenOf(workbench);
	const cases = workbench.index.cases();
	const copies = await readNotes(workbench, allTemplates().map((template) => templateCopyPath(settings, template)));
	const templateCopies = new Map(allTemplates().flatMap((template) => {
		const text = copies.get(templateCopyPath(settings, template));
		return text === undefined ? [] : [[template.fileName, text] as const];
	}));
	const settingsFile = await readSettingsText(plugin);
	const result = classVaultFiles({
		cases,
		noteText: await readNotes(workbench, classVaultNotePaths(cases)),
		casesFolder: settings.casesFolder,
		templatesFolder: settings.templatesFolder,
		templateCopies,
		settings: settingsFile === null ? null : { name: `${app.vault.configDir}/plugins/${plugin.manifest.id}/data.json`, text: settingsFile.text },
	});
	if ("refused" in result) {
		const listed = result.refused.map((path) => screen.note(path)).join(", ");
		new Notice(`IPT Workbench: the class vault was not written. A class vault holds no real case, and these cases are not marked fictional: true: ${listed}.`, 0);
		return;
	}
	const folder = await writeExportFolder(app, normalizePath(`${settings.exportFolder}/Class vault`), result.files);
	if (folder === null) return;
	new Notice(`IPT Workbench: wrote the class vault to "${folder}" (${result.cases.length} cases). Move the folder out of this vault, or zip it, before handing it to students: while it is here, its cases are read as cases of this vault too.`, 0);
}
