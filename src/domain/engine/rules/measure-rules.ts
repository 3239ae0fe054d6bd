// The rules of ipt-rules.md "Measures" and the outcome at the end: each reads one
// measure's numbers, so its text names the measure and that measure's settings.
import type { Measure } from "../../model/vocabulary";
import { lazy } from "../../lazy";
import type { EngineSettings } from "../../settings/engine-settings";
import { MEASURE_LABELS } from "../measures/bands";

type Text = (settings: EngineSettings, measure: Measure) => string;

/** What a response asks of the latest score, under the settings. */
function responseLine(s: EngineSettings, m: Measure): string {
	return `the latest ${MEASURE_LABELS[m]} score at least ${s.responseReductionPercent}% below a baseline above zero, rounded down to a whole score`;
}

// Built on the first analysis, not at load: see domain/lazy.ts.
export const MEASURE_RULES = lazy(function () {
	return {
		"change-recovered": (s, m) =>
			`Recovered: the ${MEASURE_LABELS[m]} fell at least ${s.reliableChange[m]} points from baseline (a reliable change) and ends below ${s.remissionBelow[m]}`,
		"change-improved": (s, m) =>
			`Improved: the ${MEASURE_LABELS[m]} fell at least ${s.reliableChange[m]} points from baseline (a reliable change) and ends at ${s.remissionBelow[m]} or more`,
		"change-no-reliable-change": (s, m) => `No reliable change: the ${MEASURE_LABELS[m]} moved less than ${s.reliableChange[m]} points from baseline`,
		"change-deteriorated": (s, m) => `Deteriorated: the ${MEASURE_LABELS[m]} rose at least ${s.reliableChange[m]} points above baseline (a reliable change)`,
		response: (s, m) => `Response: ${responseLine(s, m)}`,
		remission: (s, m) => `Remission: the latest two ${MEASURE_LABELS[m]} scores both below ${s.remissionBelow[m]}; one such score is only below the cut-off`,
		worsening: (s, m) => `A ${MEASURE_LABELS[m]} score at least ${s.reliableChange[m]} points (a reliable change) above the previous score or the lowest so far`,
		"severe-score": (s, m) => `The latest ${MEASURE_LABELS[m]} score at ${s.severeFrom[m]} or more, the top band`,
		"non-response-at-end": (s, m) => `In the final phase or closed, with a ${MEASURE_LABELS[m]} baseline and no response (${responseLine(s, m)})`,
	} as const satisfies Record<string, Text>;
});

export type MeasureRuleId = keyof ReturnType<typeof MEASURE_RULES>;
