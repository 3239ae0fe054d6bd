import { embedLanguage, type EmbedKind } from "../../domain/embeds/block-options";

/** Why a block shows nothing, in the note where it is written, naming the note and the block. */
export function renderBlockProblem(parent: HTMLElement, kind: EmbedKind, sourcePath: string, problem: string): void {
	const box = parent.createDiv({ cls: "ipt-embed-problem", attr: { role: "note" } });
	box.createEl("strong", { text: `IPT Workbench cannot show this ${embedLanguage(kind)} block in ${sourcePath}` });
	box.createEl("p", { text: problem });
}
