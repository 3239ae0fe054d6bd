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
	// Sensitivity is a diagnosis of exclusion: any other area, even possible, rules it out.
	const sensitivity = flags.length === 0 ? sensitivityFlag(context) : null;
	if (sensitivity === null) return { flags, notes: [] };
	if (context.settings.scheme === "three-areas") return { flags, notes: [complicatingFactorNote(sensitivity)] };
	return { flags: [...flags, sensitivity], notes: [] };
}
