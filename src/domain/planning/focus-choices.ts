// The areas the set-focus form offers, each with what the engine found for it.
import type { Flag } from "../engine/analysis";
import { problemAreaLabel } from "../engine/problem-area-labels";
import { PROBLEM_AREAS, type ProblemArea } from "../model/vocabulary";
import type { Scheme } from "../settings/engine-settings";

export interface FocusChoice {
	readonly area: ProblemArea;
	readonly label: string;
	/** Null when no rule flags the area. */
	readonly flag: Flag | null;
	readonly chosen: boolean;
}

/**
 * The four areas, or three in the three-area scheme, where interpersonal sensitivity
 * is a complicating factor; it is still offered when the case's focus holds it, so
 * it can be taken out.
 */
export function focusChoices(scheme: Scheme, flags: readonly Flag[], focus: readonly ProblemArea[]): FocusChoice[] {
	return PROBLEM_AREAS.filter((area) => scheme === "four-areas" || area !== "interpersonal-sensitivity" || focus.includes(area)).map((area) => ({
		area,
		label: problemAreaLabel(area, scheme),
		flag: flags.find((flag) => flag.area === area) ?? null,
		chosen: focus.includes(area),
	}));
}

export function strengthText(flag: Flag | null): string {
	if (flag === null) return "No evidence in the notes";
	return flag.strength === "strong" ? "Strong evidence" : "Possible";
}
