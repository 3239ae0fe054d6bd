// All four rules together, in the order of PROBLEM_AREAS.
import type { Flag, RuleRef } from "../analysis";
import { caseRule } from "../rules/catalogue";
import { type FlagContext } from "./flag-context";
import { griefFlag } from "./grief";
import { roleDisputeFlag } from "./role-dispute";
import { roleTransitionFlag } from "./role-transition";
import { asExclusion, inventoryDone, sensitivityFlag } from "./sensitivity";

function complicatingFactorNote(flag: Flag): string {
	const reasons = flag.evidence.map((e) => e.reason).join("; ");
	return (
		`Interpersonal sensitivity is a ${flag.strength} complicating factor: ${reasons}. ` +
		"In the three-area scheme it is not a problem area; take it into account in the formulation."
	);
}

export interface ProblemAreaFindings {
	readonly flags: Flag[];
	readonly notes: string[];
	/** False until the inventory task is recorded: sensitivity is not considered before. */
	readonly sensitivityConsidered: boolean;
	/** Why interpersonal sensitivity is not weighed as an area, when it is not; null when it is. */
	readonly sensitivityRule: RuleRef | null;
}

export function problemAreaFlags(context: FlagContext): ProblemAreaFindings {
	const flags = [griefFlag(context), roleDisputeFlag(context), roleTransitionFlag(context)].filter((f): f is Flag => f !== null);
	const considered = inventoryDone(context);
	const notConsidered = considered ? null : caseRule("sensitivity-not-considered", context.settings);
	// Stuart and Robertson read sensitivity as a style that complicates the other areas,
	// so the three-area scheme notes it beside them, where it matters most.
	if (context.settings.scheme === "three-areas") {
		const sensitivity = considered ? sensitivityFlag(context) : null;
		return { flags, notes: sensitivity === null ? [] : [complicatingFactorNote(sensitivity)], sensitivityConsidered: considered, sensitivityRule: notConsidered };
	}
	// In the four-area scheme it is a diagnosis of exclusion: any other area, even possible, rules it out.
	const excluded = considered && flags.length > 0 ? caseRule("sensitivity-exclusion", context.settings) : null;
	const sensitivity = considered && flags.length === 0 ? sensitivityFlag(context) : null;
	return {
		flags: sensitivity === null ? flags : [...flags, asExclusion(sensitivity, context.bundle.path, context.settings)],
		notes: [],
		sensitivityConsidered: considered,
		sensitivityRule: notConsidered ?? excluded,
	};
}
