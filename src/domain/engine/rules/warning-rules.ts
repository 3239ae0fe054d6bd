// The warnings of ipt-rules.md that read the case as a whole, one line each. A warning's
// rule id is its own id, except where one warning has two rules (measure-overdue).
import type { Protocol } from "../../model/vocabulary";
import { lazy } from "../../lazy";
import type { EngineSettings } from "../../settings/engine-settings";
import { firstSessionNumber } from "../pre-group";
import { count } from "./wording";

/** `protocol`, the case's: a group's sessions start at 0, the pre-group meeting. */
type Text = (settings: EngineSettings, protocol: Protocol) => string;

/** "session 1 has", "neither session 1 nor 2 has", "none of sessions 0 to 2 has": sessions `first` to `last`. */
function firstSessions(first: number, last: number): string {
	if (last === first) return `session ${first} has`;
	if (last === first + 1) return `neither session ${first} nor ${last} has`;
	return `none of sessions ${first} to ${last} has`;
}

const PAST_INITIAL = "Past the initial phase (or in maintenance)";

// Built on the first analysis, not at load: see domain/lazy.ts.
export const WARNING_RULES = lazy(function () {
	return {
		"safety-item-not-recorded": () => "A PHQ-9, HAM-D or EPDS total on a session with no answer to the scale's suicide item",
		"too-many-focus-areas": (s) => `More than ${count(s.maxFocusAreas, "area", "areas")} in the case's focus`,
		"focus-without-evidence": () => "An area in the case's focus that no rule flags",
		"sensitivity-with-other-areas": () => "Interpersonal sensitivity in the focus while another area is flagged strong",
		"inventory-missing": (s) => `${PAST_INITIAL}, with no session listing the inventory task or fewer than ${count(s.inventoryMinPeople, "person note", "person notes")}`,
		"sick-role-missing": () => `${PAST_INITIAL}, and no session lists the sick-role task`,
		"formulation-missing": () => `${PAST_INITIAL}, and no session lists the formulation task`,
		"focus-missing": () => `${PAST_INITIAL}, and the case note has no focus`,
		"baseline-measure-missing": (s, protocol) =>
			`A session ${s.baselineSessions} or later is held and ${firstSessions(firstSessionNumber(protocol), s.baselineSessions)} a score on the primary measure`,
		"measure-overdue": (s) => `No score on the primary measure in the last ${count(s.measureOverdueSessions, "session", "sessions")} held`,
		"measure-overdue-maintenance": (s) => `In maintenance, no score on the primary measure in the last ${count(s.maintenanceMeasureSessions, "maintenance session", "maintenance sessions")}`,
		"termination-not-discussed": (s) => `From ${count(s.terminationLeadSessions, "session", "sessions")} before the planned end, no session lists termination-discussed`,
		"relapse-plan-missing": () => "In the final phase, no session lists relapse-plan",
		"ended-early": () => "Closed before the first session of the final phase",
		"over-planned-sessions": () => "An acute session numbered above the planned sessions",
		"duplicate-session-number": () => "Two session notes of the case share a number",
	} as const satisfies Record<string, Text>;
});

export type WarningRuleId = keyof ReturnType<typeof WARNING_RULES>;
