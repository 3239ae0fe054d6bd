// The closed vocabularies of note-format.md. Every list is the single source for its
// schema, its labels and its tests.

export const NOTE_KINDS = ["case", "person", "event", "session", "formulation", "formulation-key"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const CASE_STATUSES = ["assessment", "active", "maintenance", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PROTOCOLS = ["standard", "brief", "adolescent", "group", "perinatal"] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const MEASURES = ["phq9", "gad7", "hamd", "epds"] as const;
export type Measure = (typeof MEASURES)[number];

export const PROBLEM_AREAS = ["grief", "role-dispute", "role-transition", "interpersonal-sensitivity"] as const;
export type ProblemArea = (typeof PROBLEM_AREAS)[number];

/** Other names clinicians and textbooks use for the four areas (keys are normalised). */
export const PROBLEM_AREA_ALIASES: Readonly<Record<string, ProblemArea>> = {
	dispute: "role-dispute",
	disputes: "role-dispute",
	"interpersonal-dispute": "role-dispute",
	transition: "role-transition",
	transitions: "role-transition",
	"life-change": "role-transition",
	"interpersonal-deficits": "interpersonal-sensitivity",
	deficits: "interpersonal-sensitivity",
	sensitivity: "interpersonal-sensitivity",
	loneliness: "interpersonal-sensitivity",
	"social-isolation": "interpersonal-sensitivity",
	"grief-and-loss": "grief",
	loss: "grief",
};

export const CONTACT_FREQUENCIES = ["daily", "weekly", "monthly", "rarely", "none"] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

export const PERSON_STATUSES = ["living", "deceased", "estranged"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const DISPUTE_STAGES = ["renegotiation", "impasse", "dissolution"] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];

/** Signs of complicated grief a clinician may record on a deceased person's note. */
export const GRIEF_MARKERS = ["avoided", "delayed", "distorted", "chronic", "anniversary"] as const;
export type GriefMarker = (typeof GRIEF_MARKERS)[number];

export const EVENT_CATEGORIES = ["death", "transition", "dispute", "other"] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const EVENT_TYPE_CATEGORY = {
	death: "death",
	separation: "transition",
	divorce: "transition",
	marriage: "transition",
	"new-relationship": "transition",
	birth: "transition",
	pregnancy: "transition",
	move: "transition",
	migration: "transition",
	"job-loss": "transition",
	"new-job": "transition",
	promotion: "transition",
	retirement: "transition",
	diagnosis: "transition",
	illness: "transition",
	graduation: "transition",
	"school-change": "transition",
	"empty-nest": "transition",
	caregiving: "transition",
	financial: "transition",
	conflict: "dispute",
	betrayal: "dispute",
	other: "other",
} as const satisfies Record<string, EventCategory>;
export type EventType = keyof typeof EVENT_TYPE_CATEGORY;
export const EVENT_TYPES = Object.keys(EVENT_TYPE_CATEGORY) as EventType[];

export const SESSION_PHASES = ["initial", "middle", "final", "maintenance"] as const;
export type Phase = (typeof SESSION_PHASES)[number];

export const HOMEWORK_REVIEWS = ["done", "partial", "not-done"] as const;
export type HomeworkReview = (typeof HOMEWORK_REVIEWS)[number];

export const TASKS = [
	"psychoeducation",
	"sick-role",
	"inventory",
	"timeline",
	"formulation",
	"contract",
	"focus-agreed",
	"measure-review",
	"termination-discussed",
	"relapse-plan",
	"maintenance-plan",
] as const;
export type Task = (typeof TASKS)[number];
