// Checks of the case's agreed focus against the flags (ipt-rules.md "Focus checks").
import type { CaseRecord } from "../model/records";
import type { ProblemArea } from "../model/vocabulary";
import type { EngineSettings } from "../settings/engine-settings";
import type { CaseWarning, Flag } from "./analysis";
import { problemAreaLabel } from "./problem-area-labels";
import { caseRule } from "./rules/catalogue";

export function focusWarnings(record: CaseRecord, flags: readonly Flag[], settings: EngineSettings): CaseWarning[] {
	const label = (area: ProblemArea) => problemAreaLabel(area, settings.scheme);
	const focus = [...new Set(record.focus)];
	const warning = (id: "too-many-focus-areas" | "focus-without-evidence" | "sensitivity-with-other-areas", message: string): CaseWarning => ({
		id,
		message,
		path: record.path,
		session: null,
		rule: caseRule(id, settings),
	});
	const warnings: CaseWarning[] = [];
	if (focus.length > settings.maxFocusAreas) {
		warnings.push(
			warning(
				"too-many-focus-areas",
				`The case's focus holds ${focus.length} areas (${focus.map(label).join(", ")}); IPT works on one, at most ${settings.maxFocusAreas}. Agree with the client which matter most.`,
			),
		);
	}
	for (const area of focus) {
		if (flags.some((f) => f.area === area)) continue;
		const message =
			area === "interpersonal-sensitivity" && settings.scheme === "three-areas"
				? "Interpersonal sensitivity is in the case's focus, but the three-area scheme treats it as a complicating factor, not a problem area. Choose grief and loss, disputes or a transition as the focus."
				: `${label(area)} is in the case's focus, but no person or event note gives evidence for it. Record the people and events behind it, or revisit the focus.`;
		warnings.push(warning("focus-without-evidence", message));
	}
	const strongOthers = flags.filter((f) => f.strength === "strong" && f.area !== "interpersonal-sensitivity");
	if (focus.includes("interpersonal-sensitivity") && strongOthers.length > 0) {
		warnings.push(
			warning(
				"sensitivity-with-other-areas",
				`Interpersonal sensitivity is in the focus while ${strongOthers.map((f) => label(f.area)).join(" and ")} ${strongOthers.length === 1 ? "has" : "have"} strong evidence. Sensitivity is for cases where no other area applies; consider focusing on the flagged area instead.`,
			),
		);
	}
	return warnings;
}
