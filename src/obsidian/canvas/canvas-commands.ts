import { Notice, TFile } from "obsidian";
import { circleCanvas, ringChanges } from "../../domain/canvas/circle-canvas";
import { readCanvas, type CanvasDocument } from "../../domain/canvas/json-canvas";
import { caseNames } from "../../domain/privacy/case-names";
import { circleModel } from "../../domain/views/circle-model";
import { basenameOf, folderOf } from "../../index/paths";
import { activeCase, type ActiveCase } from "../commands/case/active-case";
import { NoteWriter } from "../notes/note-writer";
import type { Workbench } from "../workbench";
import { RingsModal } from "./rings-modal";

/** `<case> circle.canvas`, beside the case note. */
function canvasPath(casePath: string): string {
	const folder = folderOf(casePath);
	const name = `${basenameOf(casePath)} circle.canvas`;
	return folder === "" ? name : `${folder}/${name}`;
}

function drawing(workbench: Workbench, active: ActiveCase) {
	const names = caseNames(active.bundle, workbench.settings.privacyMode);
	return { names, circle: circleModel(active.bundle, names, workbench.settings.engine.ringCount) };
}

function canvasText(canvas: CanvasDocument): string {
	return `${JSON.stringify(canvas, null, "\t")}\n`;
}

/**
 * Writes the case's circle as a canvas: created when there is none, else rewritten
 * through vault.process keeping the places the clinician moved people to. In privacy
 * mode people are text nodes with role labels, not links to their notes.
 */
async function exportCircle(workbench: Workbench): Promise<void> {
	const active = activeCase(workbench);
	if (!active) return;
	const { app } = workbench;
	const { names, circle } = drawing(workbench, active);
	const path = canvasPath(active.bundle.path);
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing === null) {
		if (await new NoteWriter(app).createNew(path, canvasText(circleCanvas(active.bundle, circle, names, null)))) new Notice(`IPT Workbench: wrote the closeness circle to "${path}".`);
		return;
	}
	if (!(existing instanceof TFile)) {
		new Notice(`IPT Workbench: "${path}" is a folder, so the canvas was not written.`);
		return;
	}
	// Set inside process, which reads the file as it is at the moment of writing.
	const outcome: { problem: string | null } = { problem: null };
	await app.vault.process(existing, (text) => {
		const previous = readCanvas(text, path);
		if ("problem" in previous) {
			outcome.problem = previous.problem;
			return text;
		}
		return canvasText(circleCanvas(active.bundle, circle, names, previous.canvas));
	});
	new Notice(outcome.problem === null ? `IPT Workbench: updated "${path}"; people you moved within their ring keep their place.` : `IPT Workbench: ${outcome.problem} The canvas was left as it is.`);
}

/** Reads where the clinician put each person on the canvas and, once they agree, writes the new rings to the notes' `circle`. */
async function updateRings(workbench: Workbench): Promise<void> {
	const active = activeCase(workbench);
	if (!active) return;
	const { app } = workbench;
	const path = canvasPath(active.bundle.path);
	const file = app.vault.getFileByPath(path);
	if (!file) {
		new Notice(`IPT Workbench: there is no "${path}" yet. Export the closeness circle to a canvas first.`);
		return;
	}
	const reading = readCanvas(await app.vault.read(file), path);
	if ("problem" in reading) {
		new Notice(`IPT Workbench: ${reading.problem}`);
		return;
	}
	const { names, circle } = drawing(workbench, active);
	const changes = ringChanges(active.bundle, circle, reading.canvas);
	if (changes.length === 0) {
		new Notice("Everyone on the canvas is on the ring their note gives.");
		return;
	}
	const lines = changes.map((c) => `${names.person(c.path)}: ring ${c.from ?? "not set"} to ${c.to}`);
	new RingsModal(app, lines, async () => {
		const writer = new NoteWriter(app);
		let written = 0;
		for (const change of changes) {
			const note = app.vault.getFileByPath(change.path);
			if (
				note &&
				(await writer.updateFrontmatter(note, (frontmatter) => {
					frontmatter.circle = change.to;
				}))
			)
				written++;
		}
		new Notice(`IPT Workbench: updated the ring of ${written} of ${changes.length} people.`);
		return written === changes.length;
	}).open();
}

export function registerCanvasCommands(workbench: Workbench): void {
	const { plugin } = workbench;
	plugin.addCommand({ id: "export-circle-canvas", name: "Export closeness circle to canvas", callback: () => exportCircle(workbench) });
	plugin.addCommand({ id: "update-rings-from-canvas", name: "Update rings from canvas", callback: () => updateRings(workbench) });
}
