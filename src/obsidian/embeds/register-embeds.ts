import { EMBED_KINDS, embedLanguage, readBlockOptions } from "../../domain/embeds/block-options";
import type { Workbench } from "../workbench";
import { renderBlockProblem } from "./block-problem";
import { EmbedBlock } from "./embed-block";

/** ```ipt-circle``` and its kin, in reading view, live preview and PDF export. */
export function registerEmbeds(workbench: Workbench): void {
	for (const kind of EMBED_KINDS) {
		workbench.plugin.registerMarkdownCodeBlockProcessor(embedLanguage(kind), (source, el, ctx) => {
			const reading = readBlockOptions(kind, source);
			if ("problem" in reading) {
				renderBlockProblem(el.createDiv({ cls: "ipt-workbench-view ipt-embed" }), kind, ctx.sourcePath, reading.problem);
				return;
			}
			ctx.addChild(new EmbedBlock(el, workbench, kind, reading.options, ctx.sourcePath));
		});
	}
}
