// The page side of the Chromium render benchmark: the shared loop, callable from
// Playwright, drawing into the sidebar as it sits in the styled workspace, laid out.
import { runRenderLoop, type RenderSamples, type RenderStage } from "./render-case";
import { SIDEBAR_VIEW_TYPE } from "../src/obsidian/views/sidebar-view";

declare global {
	interface Window {
		iptRenderBench?: (runs: number) => RenderSamples;
	}
}

/** The right sidebar's leaf as the fake workspace and IptView build it, so that the page's styles apply as in the app. */
function sidebarStage(): RenderStage {
	document.body.addClass("theme-light");
	const split = document.body.createDiv({ cls: "workspace" }).createDiv({ cls: ["workspace-split", "mod-right-split"] });
	const content = split.createDiv({ cls: "workspace-leaf" }).createDiv({ cls: "workspace-leaf-content", attr: { "data-type": SIDEBAR_VIEW_TYPE } }).createDiv({ cls: "view-content" });
	return {
		mount: () => content.createDiv({ cls: ["ipt-workbench-view", `ipt-${SIDEBAR_VIEW_TYPE}`] }),
		// Reading a box makes the engine compute style and layout for everything drawn.
		settle: (drawn) => void drawn.getBoundingClientRect(),
		unmount: (drawn) => drawn.remove(),
	};
}

window.iptRenderBench = (runs) => runRenderLoop(runs, sidebarStage());
