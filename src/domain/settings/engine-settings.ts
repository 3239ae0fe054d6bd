// The numbers of ipt-rules.md that a clinician may change. Every rule reads them from
// here, so the defaults below are the rules as written. One number is not here on
// purpose: a safety item counts from a score of 1, because the safety rule exists so
// that no positive answer is missed, and a higher threshold would hide some.
import { DEFAULT_RESPONSE_REDUCTION_PERCENT, MEASURE_RANGES } from "../engine/measures/bands";
import { MEASURES, PROTOCOLS, type Measure, type Protocol } from "../model/vocabulary";
import { isPlainObject, oneOfRule, readField, readTable, show, wholeNumberRule, type Rule } from "./read-field";

export const SCHEMES = ["four-areas", "three-areas"] as const;
/** `three-areas` follows Stuart & Robertson: interpersonal sensitivity complicates the other areas instead of being one. */
export type Scheme = (typeof SCHEMES)[number];

export interface ProtocolLengths {
	readonly planned: number;
	readonly initial: number;
	readonly final: number;
}

export interface EngineSettings {
	/** Months before onset that the look-back window reaches. */
	readonly windowMonths: number;
	/** A transition this many months before onset, or later, is a strong sign. */
	readonly transitionStrongMonths: number;
	/** Circles 1..closeCircleMax count as close. */
	readonly closeCircleMax: number;
	readonly conflictThreshold: number;
	/** A dispute at an impasse with non-reciprocal expectations is strong from this conflict up. */
	readonly impasseConflictMin: number;
	readonly supportThreshold: number;
	readonly ringCount: 3 | 4;
	readonly protocols: Readonly<Record<Protocol, ProtocolLengths>>;
	readonly scheme: Scheme;
	/** `measure-overdue` when this many of the latest sessions have no primary score. */
	readonly measureOverdueSessions: number;
	/** `termination-not-discussed` from this many sessions before the planned end. */
	readonly terminationLeadSessions: number;
	/** Planned maintenance sessions when the case note gives no `maintenance_sessions`. */
	readonly maintenanceSessions: number;
	/** Weeks between maintenance sessions when the case note gives no `maintenance_interval`. */
	readonly maintenanceIntervalWeeks: number;
	/** In maintenance, `measure-overdue` when this many of the latest maintenance sessions have no primary score. */
	readonly maintenanceMeasureSessions: number;
	/** `inventory-missing` when fewer person notes than this. */
	readonly inventoryMinPeople: number;
	/** `too-many-focus-areas` when the case's focus holds more areas than this. */
	readonly maxFocusAreas: number;
	/** Interpersonal sensitivity is strong with at most this many people in circle 1... */
	readonly sensitivityStrongInnerMax: number;
	/** ...and at most this many giving support at `supportThreshold` or more. */
	readonly sensitivityStrongSupportersMax: number;
	/** It is possible with at most this many people in circle 1... */
	readonly sensitivityPossibleInnerMax: number;
	/** ...or at most this many giving support. */
	readonly sensitivityPossibleSupportersMax: number;
	/** `baseline-measure-missing` when none of sessions 1 to this one has a primary score. */
	readonly baselineSessions: number;
	/** Response: the latest score is at least this percent below a baseline above zero. */
	readonly responseReductionPercent: number;
	/** Remission: the latest two scores are below this, per measure. */
	readonly remissionBelow: Readonly<Record<Measure, number>>;
	/** A change of at least this many points is reliable, per measure; a rise of it is also `worsening`. */
	readonly reliableChange: Readonly<Record<Measure, number>>;
	/** A latest score at or above this, per measure, is a `severe-score` warning. */
	readonly severeFrom: Readonly<Record<Measure, number>>;
}

type MeasureNumber = "remissionBelow" | "reliableChange" | "severeFrom";

/** One published number per measure, from MEASURE_RANGES (bands.ts cites the sources). */
function published(key: MeasureNumber): Record<Measure, number> {
	return Object.fromEntries(MEASURES.map((m) => [m, MEASURE_RANGES[m][key]])) as Record<Measure, number>;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
	windowMonths: 12,
	transitionStrongMonths: 6,
	closeCircleMax: 2,
	conflictThreshold: 2,
	impasseConflictMin: 1,
	supportThreshold: 2,
	ringCount: 3,
	protocols: {
		standard: { planned: 16, initial: 3, final: 3 },
		brief: { planned: 8, initial: 2, final: 2 },
		// Mufson's IPT-A: initial 1-4, middle 5-8, final 9-12.
		adolescent: { planned: 12, initial: 4, final: 4 },
		// WHO Group IPT (2016): after the individual pre-group meeting (session 0), initial 1, middle 2-7, final 8.
		group: { planned: 8, initial: 1, final: 1 },
		perinatal: { planned: 12, initial: 3, final: 3 },
	},
	scheme: "four-areas",
	measureOverdueSessions: 4,
	terminationLeadSessions: 3,
	maintenanceSessions: 12,
	maintenanceIntervalWeeks: 4,
	maintenanceMeasureSessions: 2,
	inventoryMinPeople: 3,
	maxFocusAreas: 2,
	sensitivityStrongInnerMax: 0,
	sensitivityStrongSupportersMax: 1,
	sensitivityPossibleInnerMax: 1,
	sensitivityPossibleSupportersMax: 2,
	baselineSessions: 2,
	responseReductionPercent: DEFAULT_RESPONSE_REDUCTION_PERCENT,
	remissionBelow: published("remissionBelow"),
	reliableChange: published("reliableChange"),
	severeFrom: published("severeFrom"),
};

function wholeNumber(min: number, max: number, unit = ""): Rule<number> {
	const what = unit === "" ? "a whole number" : `a whole number of ${unit}`;
	return wholeNumberRule(min, max, `${what} from ${min} to ${max}`);
}

// One rule per scalar key: what it accepts and, in words, what was expected.
const SCALAR_FIELDS = {
	windowMonths: wholeNumber(1, 120, "months"),
	transitionStrongMonths: wholeNumber(0, 120, "months"),
	closeCircleMax: wholeNumber(1, 4),
	conflictThreshold: wholeNumber(1, 3),
	impasseConflictMin: wholeNumber(0, 3),
	supportThreshold: wholeNumber(1, 3),
	ringCount: oneOfRule([3, 4] as const, "3 or 4"),
	scheme: oneOfRule(SCHEMES),
	measureOverdueSessions: wholeNumber(1, 52, "sessions"),
	terminationLeadSessions: wholeNumber(0, 52, "sessions"),
	maintenanceSessions: wholeNumber(1, 52, "sessions"),
	maintenanceIntervalWeeks: wholeNumber(1, 52, "weeks"),
	maintenanceMeasureSessions: wholeNumber(1, 52, "sessions"),
	inventoryMinPeople: wholeNumber(1, 50, "people"),
	maxFocusAreas: wholeNumber(1, 4, "areas"),
	sensitivityStrongInnerMax: wholeNumber(0, 50, "people"),
	sensitivityStrongSupportersMax: wholeNumber(0, 50, "people"),
	sensitivityPossibleInnerMax: wholeNumber(0, 50, "people"),
	sensitivityPossibleSupportersMax: wholeNumber(0, 50, "people"),
	baselineSessions: wholeNumber(1, 52, "sessions"),
	responseReductionPercent: wholeNumberRule(1, 100, "a whole percentage from 1 to 100"),
} as const;
type ScalarKey = keyof typeof SCALAR_FIELDS;
type NumberKey = { [K in ScalarKey]: EngineSettings[K] extends number ? K : never }[ScalarKey];

/** Pairs of settings where the first may not exceed the second; a strong sign is never looser than a possible one. */
const AT_MOST: readonly (readonly [NumberKey, NumberKey])[] = [
	["transitionStrongMonths", "windowMonths"],
	["sensitivityStrongInnerMax", "sensitivityPossibleInnerMax"],
	["sensitivityStrongSupportersMax", "sensitivityPossibleSupportersMax"],
];

// Up to the range's top: a cut-off above it would make every score a remission, a
// reliable change above it could never happen, a severe band above it never be reached.
const PER_MEASURE_FIELDS = Object.fromEntries(MEASURES.map(function (m) { return [m, wholeNumber(1, MEASURE_RANGES[m].max, "points")]; })) as Record<Measure, Rule<number>>;
const PER_MEASURE_WHAT: Readonly<Record<MeasureNumber, string>> = {
	remissionBelow: "cut-offs",
	reliableChange: "reliable changes",
	severeFrom: "severe scores",
};

const PROTOCOL_FIELDS = {
	planned: wholeNumber(1, 52, "sessions"),
	initial: wholeNumber(1, 52, "sessions"),
	final: wholeNumber(1, 52, "sessions"),
} as const;

function readProtocols(raw: unknown, problems: string[]): Record<Protocol, ProtocolLengths> {
	const defaults = DEFAULT_ENGINE_SETTINGS.protocols;
	const out = { ...defaults };
	if (raw === undefined) return out;
	if (!isPlainObject(raw)) {
		problems.push(`protocols: ${show(raw)} is not a table of protocol lengths; using the defaults`);
		return out;
	}
	for (const protocol of PROTOCOLS) {
		const entry = raw[protocol];
		if (entry === undefined) continue;
		const fallback = defaults[protocol];
		if (!isPlainObject(entry)) {
			problems.push(`protocols.${protocol}: ${show(entry)} is not an object with planned, initial and final; using the defaults`);
			continue;
		}
		const lengths = {
			planned: readField(entry, "planned", PROTOCOL_FIELDS.planned, fallback.planned, `protocols.${protocol}.planned`, problems),
			initial: readField(entry, "initial", PROTOCOL_FIELDS.initial, fallback.initial, `protocols.${protocol}.initial`, problems),
			final: readField(entry, "final", PROTOCOL_FIELDS.final, fallback.final, `protocols.${protocol}.final`, problems),
		};
		if (lengths.initial + lengths.final > lengths.planned) {
			problems.push(
				`protocols.${protocol}: initial (${lengths.initial}) and final (${lengths.final}) phases do not fit in ${lengths.planned} planned sessions; using ${fallback.planned}/${fallback.initial}/${fallback.final}`,
			);
			continue;
		}
		out[protocol] = lengths;
	}
	return out;
}

function readPerMeasure(key: MeasureNumber, raw: unknown, problems: string[]): Record<Measure, number> {
	const defaults = DEFAULT_ENGINE_SETTINGS[key];
	if (raw === undefined) return { ...defaults };
	if (!isPlainObject(raw)) {
		problems.push(`${key}: ${show(raw)} is not a table of ${PER_MEASURE_WHAT[key]} by measure; using the defaults`);
		return { ...defaults };
	}
	const out = {} as Record<Measure, number>;
	for (const measure of MEASURES) out[measure] = readField(raw, measure, PER_MEASURE_FIELDS[measure], defaults[measure], `${key}.${measure}`, problems);
	return out;
}

/** Each pair out of order takes the upper setting's value for the lower one, and says so. */
function keepOrdered(settings: EngineSettings, problems: string[]): EngineSettings {
	const out = { ...settings };
	for (const [lower, upper] of AT_MOST) {
		if (out[lower] <= out[upper]) continue;
		problems.push(`${lower}: ${out[lower]} is more than ${upper} (${out[upper]}); using ${out[upper]}`);
		(out as Record<NumberKey, number>)[lower] = out[upper];
	}
	return out;
}

/** Never throws: bad keys fall back to their defaults, each reported in `problems`. Unknown keys are ignored (settings may share a file with other options). */
export function parseEngineSettings(raw: unknown): { settings: EngineSettings; problems: string[] } {
	const problems: string[] = [];
	const source = readTable(raw, "settings", problems);
	const scalars = {} as Record<ScalarKey, unknown>;
	for (const key of Object.keys(SCALAR_FIELDS) as ScalarKey[]) {
		scalars[key] = readField<unknown>(source, key, SCALAR_FIELDS[key], DEFAULT_ENGINE_SETTINGS[key], key, problems);
	}
	const settings: EngineSettings = {
		...DEFAULT_ENGINE_SETTINGS,
		...(scalars as Partial<EngineSettings>),
		protocols: readProtocols(source.protocols, problems),
		remissionBelow: readPerMeasure("remissionBelow", source.remissionBelow, problems),
		reliableChange: readPerMeasure("reliableChange", source.reliableChange, problems),
		severeFrom: readPerMeasure("severeFrom", source.severeFrom, problems),
	};
	return { settings: keepOrdered(settings, problems), problems };
}
