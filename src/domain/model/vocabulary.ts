// The closed vocabularies of note-format.md. Every list is the single source for its
// schema, its labels and its tests. Each has a table of the other names people write
// for its values (keys normalised: lower case, hyphens for spaces and underscores),
// read with a warning that names the id to write; note-format.md lists them. The
// names of the problem areas and the measures as printed were accepted silently from
// the first format, and still are.

/** Other names for the values of one vocabulary, by normalised name. */
export type Aliases<T extends string> = Readonly<Record<string, T>>;

export const NOTE_KINDS = ["case", "person", "event", "session", "supervision", "formulation", "formulation-key"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const CASE_STATUSES = ["assessment", "active", "maintenance", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_ALIASES: Aliases<CaseStatus> = {
	intake: "assessment",
	assessing: "assessment",
	open: "active",
	ongoing: "active",
	"in-treatment": "active",
	continuation: "maintenance",
	"ipt-m": "maintenance",
	ended: "closed",
	finished: "closed",
	discharged: "closed",
	completed: "closed",
};

export const PROTOCOLS = ["standard", "brief", "adolescent", "group", "perinatal"] as const;
export type Protocol = (typeof PROTOCOLS)[number];
export const PROTOCOL_ALIASES: Aliases<Protocol> = {
	ipt: "standard",
	individual: "standard",
	"ipt-b": "brief",
	"brief-ipt": "brief",
	"ipt-a": "adolescent",
	ipta: "adolescent",
	adolescents: "adolescent",
	"ipt-g": "group",
	"group-ipt": "group",
	postnatal: "perinatal",
	postpartum: "perinatal",
	antenatal: "perinatal",
	"ipt-p": "perinatal",
};

export const MEASURES = ["phq9", "gad7", "hamd", "epds"] as const;
export type Measure = (typeof MEASURES)[number];
/** How the questionnaires are printed: accepted without a warning. */
export const MEASURE_ALIASES: Aliases<Measure> = {
	"phq-9": "phq9",
	"gad-7": "gad7",
	"ham-d": "hamd",
	"ham-d-17": "hamd",
	"hamd-17": "hamd",
	hamd17: "hamd",
	"epds-10": "epds",
};

export const PROBLEM_AREAS = ["grief", "role-dispute", "role-transition", "interpersonal-sensitivity"] as const;
export type ProblemArea = (typeof PROBLEM_AREAS)[number];

/** Other names clinicians and textbooks use for the four areas: accepted without a warning. */
export const PROBLEM_AREA_ALIASES: Aliases<ProblemArea> = {
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
export const CONTACT_FREQUENCY_ALIASES: Aliases<ContactFrequency> = {
	"every-day": "daily",
	everyday: "daily",
	"each-week": "weekly",
	"every-week": "weekly",
	"each-month": "monthly",
	"every-month": "monthly",
	rare: "rarely",
	seldom: "rarely",
	never: "none",
	"no-contact": "none",
};

export const PERSON_STATUSES = ["living", "deceased", "estranged"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const PERSON_STATUS_ALIASES: Aliases<PersonStatus> = {
	alive: "living",
	dead: "deceased",
	died: "deceased",
	"passed-away": "deceased",
	estrangement: "estranged",
};

export const DISPUTE_STAGES = ["renegotiation", "impasse", "dissolution"] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];
export const DISPUTE_STAGE_ALIASES: Aliases<DisputeStage> = {
	renegotiating: "renegotiation",
	negotiation: "renegotiation",
	stalemate: "impasse",
	stuck: "impasse",
	dissolving: "dissolution",
	ending: "dissolution",
};

/** Signs of complicated grief a clinician may record on a deceased person's note. */
export const GRIEF_MARKERS = ["avoided", "delayed", "distorted", "chronic", "anniversary"] as const;
export type GriefMarker = (typeof GRIEF_MARKERS)[number];
export const GRIEF_MARKER_ALIASES: Aliases<GriefMarker> = {
	avoidance: "avoided",
	avoidant: "avoided",
	delay: "delayed",
	distortion: "distorted",
	prolonged: "chronic",
	"anniversary-reaction": "anniversary",
	anniversaries: "anniversary",
};

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
export const EVENT_TYPE_ALIASES: Aliases<EventType> = {
	bereavement: "death",
	"passed-away": "death",
	died: "death",
	"break-up": "separation",
	breakup: "separation",
	separated: "separation",
	divorced: "divorce",
	wedding: "marriage",
	married: "marriage",
	"new-partner": "new-relationship",
	relationship: "new-relationship",
	childbirth: "birth",
	"new-baby": "birth",
	pregnant: "pregnancy",
	moved: "move",
	relocation: "move",
	emigration: "migration",
	immigration: "migration",
	redundancy: "job-loss",
	"laid-off": "job-loss",
	fired: "job-loss",
	unemployment: "job-loss",
	"job-change": "new-job",
	retired: "retirement",
	sickness: "illness",
	graduated: "graduation",
	"school-move": "school-change",
	carer: "caregiving",
	caring: "caregiving",
	debt: "financial",
	money: "financial",
	argument: "conflict",
	dispute: "conflict",
	affair: "betrayal",
	infidelity: "betrayal",
};

export const SESSION_PHASES = ["initial", "middle", "final", "maintenance"] as const;
export type Phase = (typeof SESSION_PHASES)[number];
export const SESSION_PHASE_ALIASES: Aliases<Phase> = {
	beginning: "initial",
	early: "initial",
	opening: "initial",
	intermediate: "middle",
	mid: "middle",
	termination: "final",
	ending: "final",
	end: "final",
	continuation: "maintenance",
};

export const HOMEWORK_REVIEWS = ["done", "partial", "not-done"] as const;
export type HomeworkReview = (typeof HOMEWORK_REVIEWS)[number];
export const HOMEWORK_REVIEW_ALIASES: Aliases<HomeworkReview> = {
	completed: "done",
	complete: "done",
	partly: "partial",
	partially: "partial",
	"partly-done": "partial",
	"not-completed": "not-done",
	undone: "not-done",
};

/** Why a session was not held: `attended: false` with `reason`. */
export const ABSENCE_REASONS = ["missed", "cancelled-by-client", "cancelled-by-therapist"] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
export const ABSENCE_REASON_ALIASES: Aliases<AbsenceReason> = {
	dna: "missed",
	"did-not-attend": "missed",
	"no-show": "missed",
	"not-attended": "missed",
	"client-cancelled": "cancelled-by-client",
	"cancelled-client": "cancelled-by-client",
	"therapist-cancelled": "cancelled-by-therapist",
	"cancelled-therapist": "cancelled-by-therapist",
};

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
export const TASK_ALIASES: Aliases<Task> = {
	"psycho-education": "psychoeducation",
	"sick-role-given": "sick-role",
	"interpersonal-inventory": "inventory",
	"life-events": "timeline",
	"formulation-shared": "formulation",
	"formulation-agreed": "formulation",
	"treatment-contract": "contract",
	focus: "focus-agreed",
	"measures-reviewed": "measure-review",
	termination: "termination-discussed",
	"ending-discussed": "termination-discussed",
	"relapse-prevention": "relapse-plan",
	maintenance: "maintenance-plan",
};

/** How a supervision hour was held: certification bodies count individual and group hours apart. */
export const SUPERVISION_FORMATS = ["individual", "group"] as const;
export type SupervisionFormat = (typeof SUPERVISION_FORMATS)[number];
