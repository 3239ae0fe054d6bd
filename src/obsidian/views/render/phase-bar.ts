// The protocol's phases as a bar, the current session marked on it.
import type { PhaseBarModel } from "../../../domain/views/phase-bar-model";

export function renderPhaseBar(parent: HTMLElement, model: PhaseBarModel): void {
	const bar = parent.createDiv({ cls: "ipt-phase-bar" });
	const track = bar.createDiv({ cls: "ipt-phase-track" });
	for (const span of model.spans) {
		const el = track.createDiv({ cls: ["ipt-phase-span", `ipt-phase-${span.phase}`], attr: { title: `${span.label} phase: ${span.sessions.toLowerCase()}` } });
		el.toggleClass("is-current", span.current);
		el.setCssProps({ "--ipt-span-width": String(span.width) });
		el.createSpan({ cls: "ipt-phase-name", text: span.label });
		el.createSpan({ cls: "ipt-phase-sessions", text: span.range });
	}
	if (model.marker) {
		// A role, so that screen readers read the label; the label is also Obsidian's tooltip.
		const marker = track.createDiv({ cls: "ipt-phase-marker", attr: { role: "img", "aria-label": model.marker.label } });
		marker.setCssProps({ "--ipt-marker-at": String(model.marker.at) });
	}
}
