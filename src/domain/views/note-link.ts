/** A link a view draws: the note it opens and the words it shows (already de-identified when needed). */
export interface NoteLinkModel {
	readonly path: string;
	readonly text: string;
}
