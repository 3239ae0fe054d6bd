import "./dom-globals";
import { runRenderLoop } from "./render-case";
import { renderFigures, type RenderFigures } from "./render-figures";

/** The large case drawn in jsdom, beside its floor: jsdom's own cost per element dominates both. */
export function benchSidebarRender(runs: number): RenderFigures {
	return renderFigures(runRenderLoop(runs));
}
