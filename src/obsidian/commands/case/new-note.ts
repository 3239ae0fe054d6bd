import { normalizePath, Notice, parseYaml, type TFile } from "obsidian";
import { templateFor, type TemplatedKind } from "../../../domain/templates/catalogue";
import { renderTemplate, type PlaceholderValues } from "../../../domain/templates/render";
import { templateParts, withSection } from "../../../domain/planning/note-body";
import { withTemplateProperties, wikiLink, type Properties } from "../../../domain/planning/note-properties";
import type { Phase } from "../../../domain/model/vocabulary";
import { NoteWriter, noteText } from "../../notes/note-writer";
import { screenOf } from "../../privacy/screen";
import { templateText } from "../../notes/template-source";
import type { Workbench } from "../../workbench";

export interface NoteDraft {
	readonly path: string;
	readonly kind: TemplatedKind;
	/** Picks the session template. */
	readonly phase?: Phase;
	readonly properties: Properties;
	readonly values: PlaceholderValues;
	/** A section the command adds to the template's body. */
	readonly section?: string;
	/**
	 * Said in a notice (with the new note's path) instead of opening the note: for a
	 * note added to the case while the clinician types another, which must stay open.
	 */
	readonly announce?: string;
}

/** The link a new note at `sourcePath` uses for `file`, as Obsidian would write it. */
export function linkTo(workbench: Workbench, file: TFile, sourcePath: string): string {
	return wikiLink(workbench.app.metadataCache.fileToLinktext(file, sourcePath, true));
}

/** The template's own properties; a template whose YAML does not parse gives none, and its body is still used. */
function templateProperties(yaml: string | null): unknown {
	if (yaml === null) return null;
	try {
		return parseYaml(yaml);
	} catch {
		return null;
	}
}

/**
 * Writes a new note from its template, never over an existing file (the user is told
 * instead), and opens it where the active note was, unless it is only announced.
 */
export async function createNote(workbench: Workbench, draft: NoteDraft): Promise<TFile | null> {
	const text = await templateText(workbench.app, workbench.settings, templateFor(draft.kind, draft.phase));
	const parts = templateParts(renderTemplate(text, draft.values));
	const properties = withTemplateProperties(draft.properties, templateProperties(parts.yaml));
	const body = draft.section === undefined ? parts.body : withSection(parts.body, draft.section);
	const screen = screenOf(workbench);
	const file = await new NoteWriter(workbench.app, screen.text).createNew(normalizePath(draft.path), noteText(properties, body));
	if (file === null) return null;
	if (draft.announce === undefined) await workbench.app.workspace.getLeaf(false).openFile(file, { active: true });
	// A name just typed is not known to the index yet: privacy mode names no one.
	else new Notice(screen.private ? "IPT Workbench: the new note was written; privacy mode hides its name." : `${draft.announce}: ${file.path}`);
	return file;
}
