// The words views show for the engine's ids; sentence case throughout.
import type { FlagStrength } from "../engine/analysis";
import type { CaseStatus, EventCategory, HomeworkReview, Phase, Protocol } from "../model/vocabulary";

export function sentenceCase(id: string): string {
	const words = id.replace(/-/g, " ");
	return words.charAt(0).toUpperCase() + words.slice(1);
}

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
	initial: "Initial",
	middle: "Middle",
	final: "Final",
	maintenance: "Maintenance",
};

/** "middle phase", "maintenance": how a phase reads inside a sentence. */
export function phaseInSentence(phase: Phase): string {
	return phase === "maintenance" ? "maintenance" : `${phase} phase`;
}

export const STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
	assessment: "Assessment",
	active: "Active",
	maintenance: "Maintenance",
	closed: "Closed",
};

export const PROTOCOL_LABELS: Readonly<Record<Protocol, string>> = {
	standard: "Standard",
	brief: "Brief",
	adolescent: "Adolescent (IPT-A)",
	group: "Group",
	perinatal: "Perinatal",
};

export const STRENGTH_LABELS: Readonly<Record<FlagStrength | "none", string>> = {
	strong: "Strong",
	possible: "Possible",
	none: "Not flagged",
};

export const CATEGORY_LABELS: Readonly<Record<EventCategory, string>> = {
	death: "Death",
	transition: "Transition",
	dispute: "Dispute",
	other: "Other",
};

export const REVIEW_LABELS: Readonly<Record<HomeworkReview, string>> = {
	done: "Done",
	partial: "Partly done",
	"not-done": "Not done",
};
