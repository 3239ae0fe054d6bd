import { FuzzySuggestModal, Notice, type App } from "obsidian";
import { PRACTICE_CASES, type PracticeCase } from "../../domain/practice/practice-cases";
import { checkSections, checkSummary } from "../../domain/practice/check-text";
import { checkFormulationNote } from "../../index/formulation-check";
import { FormulationCheckModal } from "../modals/formulation-check-modal";
import { screenOf } from "../privacy/screen";
import type { Workbench } from "../workbench";
import { exportClassVault } from "./class-vault-command";
import { whenFound } from "./case/active-case";
import { createFictionalCase } from "./create-fictional-case";

class PracticeCasePicker extends FuzzySuggestModal<PracticeCase> {
	constructor(
		app: App,
		private readonly onPick: (practice: PracticeCase) => void,
	) {
		super(app);
		this.setPlaceholder("Choose a practice case");
	}

	getItems(): PracticeCase[] {
		return [...PRACTICE_CASES()];
	}

	getItemText(practice: PracticeCase): string {
		return practice.label;
	}

	onChooseItem(practice: PracticeCase): void {
		this.onPick(practice);
	}
}

async function createPracticeCase(workbench: Workbench, practice: PracticeCase): Promise<void> {
	const folder = await createFictionalCase(workbench, practice.notes, practice.folder);
	if (folder !== null) new Notice(screenOf(workbench).text(`IPT Workbench: created a practice case in "${folder}". Write your formulation there in a note with ipt: formulation, then run "Check my formulation" on it.`));
}

function checkFormulation(workbench: Workbench, path: string): void {
	const { settings } = workbench;
	const screen = screenOf(workbench);
	const result = checkFormulationNote(workbench.index, path, settings.engine, workbench.today());
	if ("problem" in result) {
		new Notice(screen.text(`IPT Workbench: ${result.problem}`));
		return;
	}
	new FormulationCheckModal(workbench.app, checkSummary(result.check), checkSections(result.check, settings.engine.scheme), screen.text).open();
}

/** Practice mode: fictional cases for students, the check of a student's formulation, and the trainer's class vault. */
export function registerPracticeCommands(workbench: Workbench): void {
	const { plugin, app } = workbench;
	plugin.addCommand({
		id: "create-practice-case",
		name: "Create a practice case",
		callback: () => new PracticeCasePicker(app, (practice) => void createPracticeCase(workbench, practice)).open(),
	});
	plugin.addCommand({
		id: "check-formulation",
		name: "Check my formulation",
		checkCallback: whenFound(
			() => {
				const path = app.workspace.getActiveFile()?.path;
				return path !== undefined && workbench.index.record(path)?.kind === "formulation" ? path : null;
			},
			(path) => checkFormulation(workbench, path),
			"Open a formulation note (ipt: formulation) first.",
		),
	});
	plugin.addCommand({ id: "export-class-vault", name: "Export class vault", callback: () => exportClassVault(workbench) });
}
