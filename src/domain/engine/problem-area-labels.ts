// The areas' names in each scheme; ids never change, only what a clinician reads.
import type { ProblemArea } from "../model/vocabulary";
import type { Scheme } from "../settings/engine-settings";

const LABELS: Readonly<Record<Scheme, Readonly<Record<ProblemArea, string>>>> = {
	"four-areas": {
		grief: "Grief",
		"role-dispute": "Role dispute",
		"role-transition": "Role transition",
		"interpersonal-sensitivity": "Interpersonal sensitivity",
	},
	"three-areas": {
		grief: "Grief and loss",
		"role-dispute": "Interpersonal disputes",
		"role-transition": "Role transitions",
		"interpersonal-sensitivity": "Interpersonal sensitivity (complicating factor)",
	},
};

export function problemAreaLabel(area: ProblemArea, scheme: Scheme): string {
	return LABELS[scheme][area];
}
