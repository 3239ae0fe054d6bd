// What the closeness circle's legend says: one wording for the sidebar and the exported
// SVG, with the 0-3 scales of support and conflict as the person notes record them.

/** How the person notes' 0-3 scales read (note-format.md `support`, `conflict`). */
export const LEVEL_SCALE = "0 none - 3 a lot";

export interface CircleLegendLine {
	readonly kind: "support" | "conflict" | "related" | "status" | "rings";
	readonly label: string;
}

export const CIRCLE_LEGEND: readonly CircleLegendLine[] = [
	{ kind: "support", label: `Fill: support, ${LEVEL_SCALE}` },
	{ kind: "conflict", label: `Line: conflict, ${LEVEL_SCALE} (solid, dotted, dashed, dash-dot)` },
	{ kind: "related", label: "Faint line: related people" },
	{ kind: "status", label: "† deceased, ⊘ estranged" },
	{ kind: "rings", label: "Circle 1 is the closest" },
];

export function circleLegendLabel(kind: CircleLegendLine["kind"]): string {
	return CIRCLE_LEGEND.find((line) => line.kind === kind)?.label ?? "";
}
