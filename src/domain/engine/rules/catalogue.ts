// Every rule of ipt-rules.md by id: the one place where a flag, a warning or a measure
// category finds the words that explain it. Texts are built from the settings in force,
// so a clinician who changes a number reads the rule as it now applies.
import type { Measure, Protocol } from "../../model/vocabulary";
import { lazy } from "../../lazy";
import type { EngineSettings } from "../../settings/engine-settings";
import type { ChangeCategory, RuleRef } from "../analysis";
import { FLAG_RULES, type FlagRuleId } from "./flag-rules";
import { MEASURE_RULES, type MeasureRuleId } from "./measure-rules";
import { WARNING_RULES, type WarningRuleId } from "./warning-rules";

export type CaseRuleId = FlagRuleId | WarningRuleId;
export type RuleId = CaseRuleId | MeasureRuleId;

// Built on the first analysis, like the tables it joins: see domain/lazy.ts.
const CASE_RULES = lazy(function (): Readonly<Record<CaseRuleId, (settings: EngineSettings, protocol: Protocol) => string>> { return { ...FLAG_RULES(), ...WARNING_RULES() }; });

/** Every rule id, flags first, then warnings, then the measures' rules. */
export function ruleIds(): readonly RuleId[] {
	return [...Object.keys(FLAG_RULES()), ...Object.keys(WARNING_RULES()), ...Object.keys(MEASURE_RULES())] as RuleId[];
}

/**
 * A rule that reads the case as a whole. `protocol`, the case's, words the rules that
 * count sessions from the first: 0, the pre-group meeting, in a group case; the default
 * numbers from 1, as every other protocol does.
 */
export function caseRule(id: CaseRuleId, settings: EngineSettings, protocol: Protocol = "standard"): RuleRef {
	return { id, text: CASE_RULES()[id](settings, protocol) };
}

/** A rule that reads one measure's scores. */
export function measureRule(id: MeasureRuleId, settings: EngineSettings, measure: Measure): RuleRef {
	return { id, text: MEASURE_RULES()[id](settings, measure) };
}

export function changeRule(category: ChangeCategory, settings: EngineSettings, measure: Measure): RuleRef {
	return measureRule(`change-${category}`, settings, measure);
}
