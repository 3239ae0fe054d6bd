import { FuzzySuggestModal, Notice, type App, type Editor } from "obsidian";
import { allTemplates, type IptTemplate } from "../../domain/templates/catalogue";
import { renderTemplate } from "../../domain/templates/render";
import { SAMPLE_CASE_FOLDER, SAMPLE_CASE_NOTES } from "../../domain/templates/sample-case";
import { NoteWriter } from "../notes/note-writer";
import { screenOf } from "../privacy/screen";
import { installBaseFiles } from "./install-bases";
import { createFictionalCase } from "./create-fictional-case";
import { templateCopyPath, templateText } from "../notes/template-source";
import { templateValues } from "../notes/template-values";
import type { Workbench } from "../workbench";

class TemplatePicker extends FuzzySuggestModal<IptTemplate> {
	constructor(
		app: App,
		private readonly templates: readonly IptTemplate[],
		private readonly onPick: (template: IptTemplate) => void,
	) {
		super(app);
		this.setPlaceholder("Choose a section to insert");
	}

	getItems(): IptTemplate[] {
		return [...this.templates];
	}

	getItemText(template: IptTemplate): string {
		return template.name;
	}

	onChooseItem(template: IptTemplate): void {
		this.onPick(template);
	}
}

async function insertSection(workbench: Workbench, editor: Editor, template: IptTemplate): Promise<void> {
	const file = workbench.app.workspace.getActiveFile();
	const path = file?.path ?? null;
	const text = await templateText(workbench.app, workbench.settings, template);
	editor.replaceSelection(renderTemplate(text, templateValues(workbench, workbench.caseOf(path), path)));
}

/** Copies every template the user does not have yet; a copy already there is theirs and stays. */
async function installTemplates(workbench: Workbench): Promise<void> {
	const writer = new NoteWriter(workbench.app, screenOf(workbench).text);
	if (!(await writer.ensureFolder(workbench.settings.templatesFolder))) return;
	let installed = 0;
	let kept = 0;
	for (const template of allTemplates()) {
		const path = templateCopyPath(workbench.settings, template);
		if (workbench.app.vault.getAbstractFileByPath(path)) kept++;
		else if (await writer.createNew(path, template.text)) installed++;
	}
	const keptText = kept > 0 ? `; kept the ${kept} already there, with your changes` : "";
	const bases = await installBaseFiles(workbench, writer);
	new Notice(`IPT Workbench: installed ${installed} templates in "${workbench.settings.templatesFolder}"${keptText}. Edit them there: your copies are used from now on.${bases}`);
}

/** A fictional case for students to explore, in a folder of its own so it never meets a real one. */
async function createSampleCase(workbench: Workbench): Promise<void> {
	const folder = await createFictionalCase(workbench, SAMPLE_CASE_NOTES(), SAMPLE_CASE_FOLDER);
	if (folder !== null) new Notice(`IPT Workbench: created a fictional training case in "${folder}".`);
}

export function registerTemplateCommands(workbench: Workbench): void {
	const { plugin, app } = workbench;
	plugin.addCommand({
		id: "insert-template",
		name: "Insert a section",
		editorCallback: (editor: Editor) => {
			const sections = allTemplates().filter((t) => t.kind === "section");
			new TemplatePicker(app, sections, (template) => void insertSection(workbench, editor, template)).open();
		},
	});
	plugin.addCommand({ id: "install-templates", name: "Install editable templates", callback: () => installTemplates(workbench) });
	plugin.addCommand({ id: "create-sample-case", name: "Create a fictional training case", callback: () => createSampleCase(workbench) });
}
