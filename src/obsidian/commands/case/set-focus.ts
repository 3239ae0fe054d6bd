import { focusWarnings } from "../../../domain/engine/focus-checks";
import { focusChoices } from "../../../domain/planning/focus-choices";
import { focusList } from "../../../domain/planning/note-properties";
import type { ProblemArea } from "../../../domain/model/vocabulary";
import type { PaneType } from "obsidian";
import { FocusModal } from "../../modals/focus-modal";
import { NoteWriter } from "../../notes/note-writer";
import { screenOf } from "../../privacy/screen";
import { openNoteAt } from "../../notes/open-note";
import { caseNamesFor } from "../../views/view-data";
import type { Workbench } from "../../workbench";
import type { ActiveCase } from "./active-case";

/** Records the problem areas agreed with the client on the case note, beside the engine's evidence for each. */
export function setFocus(workbench: Workbench, active: ActiveCase): void {
	const engine = workbench.settings.engine;
	const { record } = active.bundle;
	const { flags } = active.analysis;
	const names = caseNamesFor(workbench, active.bundle);
	const start = {
		choices: focusChoices(engine.scheme, flags, record.focus),
		warnings: (areas: readonly ProblemArea[]) => focusWarnings({ ...record, focus: areas }, flags, engine).map((warning) => warning.message),
		openNote: (path: string, newLeaf: PaneType | boolean) => openNoteAt(workbench.app, path, newLeaf),
		noteLabel: (path: string) => names.note(path),
		shown: (text: string) => names.redact(text),
	};
	new FocusModal(workbench.app, start, (areas) =>
		new NoteWriter(workbench.app, screenOf(workbench).text).updateFrontmatter(active.file, (frontmatter) => {
			frontmatter.focus = focusList(areas);
		}),
	).open();
}
