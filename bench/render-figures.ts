// A render loop's raw samples, from either engine, as the figures the table prints.
import type { RenderSamples } from "./render-case";
import { summarise, type Timing } from "./measure";

export interface RenderFigures {
	readonly people: number;
	readonly sessions: number;
	readonly elements: number;
	readonly textNodes: number;
	readonly render: Timing;
	readonly layout: Timing;
	readonly model: Timing;
	readonly floor: Timing;
	/** Render median over floor median: what the render costs beyond the bare DOM work. */
	readonly ratio: number;
}

export function renderFigures(samples: RenderSamples): RenderFigures {
	const render = summarise(samples.render);
	const floor = summarise(samples.floor);
	return { people: samples.people, sessions: samples.sessions, elements: samples.elements, textNodes: samples.textNodes, render, layout: summarise(samples.layout), model: summarise(samples.model), floor, ratio: render.median / floor.median };
}
