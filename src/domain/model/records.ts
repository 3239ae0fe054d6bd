// The typed records a note's frontmatter becomes. A field the note does not give, or
// gives in a form that could not be used, is null (or an empty list); the diagnostics
// that come with the record say why.
import type { DateValue } from "./dates";
import type { LinkRef } from "./links";
import type { SafetyReading } from "./safety-reading";
import type {
	AbsenceReason,
	CaseStatus,
	ContactFrequency,
	DisputeStage,
	EventCategory,
	EventType,
	GriefMarker,
	HomeworkReview,
	Measure,
	Phase,
	PersonStatus,
	ProblemArea,
	Protocol,
	SupervisionFormat,
	Task,
} from "./vocabulary";

interface RecordBase {
	readonly path: string;
	/** The user's `aliases` property; other names the note goes by. */
	readonly aliases: readonly string[];
}

export interface CaseRecord extends RecordBase {
	readonly kind: "case";
	/** Falls back to the file name when `client` is missing (with an error diagnostic). */
	readonly client: string;
	readonly status: CaseStatus;
	readonly protocol: Protocol;
	/** Null means "the protocol's planned count", which depends on settings. */
	readonly plannedSessions: number | null;
	/** Planned maintenance sessions (`maintenance_sessions`); null means the setting's default. */
	readonly maintenanceSessions: number | null;
	/** Weeks between maintenance sessions (`maintenance_interval`); null means the setting's default. */
	readonly maintenanceInterval: number | null;
	readonly start: DateValue | null;
	readonly onset: DateValue | null;
	readonly focus: readonly ProblemArea[];
	readonly measure: Measure;
	readonly diagnosis: readonly string[];
	/** `fictional: true`: an invented case for practice; only such cases go into a class vault. */
	readonly fictional: boolean;
}

interface MemberBase extends RecordBase {
	/** The `case` link, when given; otherwise the note belongs to its folder's case. */
	readonly caseLink: LinkRef | null;
}

export interface PersonRecord extends MemberBase {
	readonly kind: "person";
	/** Falls back to the file name. */
	readonly name: string;
	readonly role: string | null;
	readonly circle: number | null;
	readonly contact: ContactFrequency | null;
	readonly support: number | null;
	readonly conflict: number | null;
	/** `deceased` whenever a `died` date is given. */
	readonly status: PersonStatus;
	readonly died: DateValue | null;
	/** Signs that the grief for this person is complicated (`grief_markers`). */
	readonly griefMarkers: readonly GriefMarker[];
	readonly disputeStage: DisputeStage | null;
	readonly expectationsReciprocal: boolean | null;
	readonly confidant: boolean | null;
	readonly related: readonly LinkRef[];
}

export interface EventRecord extends MemberBase {
	readonly kind: "event";
	readonly date: DateValue | null;
	readonly type: EventType | null;
	readonly category: EventCategory | null;
	readonly people: readonly LinkRef[];
}

/** Scores of one session; a total computed from items when the items were given. */
export type Scores = Readonly<Partial<Record<Measure, number>>>;

/** One score per item of a questionnaire, in item order; null for an unusable item. */
export type ItemScores = readonly (number | null)[];

/** The items when every one is usable: only a complete list has a total or can be edited as a whole. */
export function completeItems(items: ItemScores | null): readonly number[] | null {
	return items !== null && items.every((item) => item !== null) ? items : null;
}

export interface SessionRecord extends MemberBase {
	readonly kind: "session";
	readonly session: number | null;
	readonly date: DateValue | null;
	readonly phase: Phase | null;
	readonly focus: readonly ProblemArea[];
	readonly tasks: readonly Task[];
	readonly scores: Scores;
	/**
	 * Item scores as listed, null for an item that is not a usable score (the others
	 * are kept, so a positive safety item is seen); null when the list is unusable.
	 */
	readonly phq9Items: ItemScores | null;
	readonly gad7Items: ItemScores | null;
	/** The forms' values; the engine reads safety answers from `safety`, which also keeps unreadable ones. */
	readonly hamdItem3: number | null;
	readonly epdsItem10: number | null;
	/** Every safety answer the note gives (read by read-safety), unreadable ones included. */
	readonly safety: readonly SafetyReading[];
	readonly homework: readonly string[];
	readonly homeworkReview: HomeworkReview | null;
	readonly riskReviewed: boolean;
	/** Null for a session held; set by `attended: false`, with the reason when given. */
	readonly absence: { readonly reason: AbsenceReason | null } | null;
}

/** One supervision meeting about a case: what a certification portfolio counts. */
export interface SupervisionRecord extends MemberBase {
	readonly kind: "supervision";
	readonly date: DateValue | null;
	readonly supervisor: string | null;
	readonly minutes: number | null;
	readonly format: SupervisionFormat | null;
	/** Null when the note does not say; only `true` counts as reviewed. */
	readonly recordingReviewed: boolean | null;
	readonly consentRecorded: boolean | null;
	/** The session numbers discussed, each once, in the order written. */
	readonly sessions: readonly number[];
}

/**
 * A student's formulation of a case (`ipt: formulation`) or a trainer's key to it
 * (`ipt: formulation-key`): never part of a case's bundle. The formulation check reads
 * both; the portfolio export reads a student's formulation, never a key.
 */
export interface FormulationFields extends MemberBase {
	readonly areas: readonly ProblemArea[];
	readonly focus: readonly ProblemArea[];
	readonly evidence: readonly LinkRef[];
}

export interface FormulationRecord extends FormulationFields {
	readonly kind: "formulation";
}

export interface FormulationKeyRecord extends FormulationFields {
	readonly kind: "formulation-key";
}

export type MemberRecord = PersonRecord | EventRecord | SessionRecord | SupervisionRecord | FormulationRecord | FormulationKeyRecord;
export type NoteRecord = CaseRecord | MemberRecord;
