import { parseYaml } from "obsidian";
import { checkTemplate } from "../../index/check-template";
import { isInFolder } from "../../index/paths";
import { DiagnosticsModal } from "../modals/diagnostics-modal";
import { screenOf } from "../privacy/screen";
import type { Workbench } from "../workbench";

/** Every note in the templates folders, checked as the note it will become (see checkTemplate). */
export async function checkTemplates(workbench: Workbench): Promise<void> {
	const { vault } = workbench.app;
	const folders = workbench.templateFolders();
	const files = vault.getMarkdownFiles().filter((file) => folders.some((folder) => isInFolder(file.path, folder)));
	files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	let iptTemplates = 0;
	const diagnostics = [];
	for (const file of files) {
		const checked = checkTemplate(file.path, await vault.cachedRead(file), parseYaml);
		if (checked.isIptTemplate) iptTemplates++;
		diagnostics.push(...checked.diagnostics);
	}
	const where = folders.map((folder) => `"${folder}"`).join(", ");
	new DiagnosticsModal(workbench.app, diagnostics, screenOf(workbench), {
		title: "Template check",
		clean: iptTemplates === 0 ? `No IPT template in ${where}.` : `${iptTemplates} IPT template${iptTemplates === 1 ? "" : "s"} in ${where}, each following the note format with its placeholders filled.`,
	}).open();
}
