// All four rules together, in the order of PROBLEM_AREAS.
import type { Flag } from "../analysis";
import { type FlagContext } from "./flag-context";
import { griefFlag } from "./grief";
import { roleDisputeFlag } from "./role-dispute";
import { roleTransitionFlag } from "./role-transition";
import { sensitivityFlag } from "./sensitivity";

function complicatingFactorNote(flag: Flag): string {
	const reasons = flag.evidence.map((e) => e.reason).join("; ");
	return (
		`Interpersonal sensitivity is a ${flag.strength} complicating factor: ${reasons}. ` +
		"In the three-area scheme it is not a problem area; take it into account in the formulation."
	);
}

export function problemAreaFlags(context: FlagContext): { flags: Flag[]; notes: string[] } {
	const flags = [griefFlag(context), roleDisputeFlag(context), roleTransitionFlag(context)].filter((f): f is Flag => f !== null);
	// Stuart and Robertson read sensitivity as a style that complicates the other areas,
	// so the three-area scheme notes it beside them, where it matters most.
	if (context.settings.scheme === "three-areas") {
		const sensitivity = sensitivityFlag(context);
		return { flags, notes: sensitivity === null ? [] : [complicatingFactorNote(sensitivity)] };
	}
	// In the four-area scheme it is a diagnosis of exclusion: any other area, even possible, rules it out.
	const sensitivity = flags.length === 0 ? sensitivityFlag(context) : null;
	return { flags: sensitivity === null ? flags : [...flags, sensitivity], notes: [] };
}
