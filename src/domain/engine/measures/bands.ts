// Score ranges, severity bands, remission cut-offs and reliable changes of each measure
// (ipt-rules.md "Measures", which cites each number's source). Ranges and bands are the
// instruments' published scoring; the cut-offs, reliable changes, severe scores and the
// response reduction are the defaults of settings that a clinician may change.
import type { Measure } from "../../model/vocabulary";

export interface Band {
	readonly id: string;
	readonly label: string;
	/** Inclusive bounds. */
	readonly min: number;
	readonly max: number;
}

export interface MeasureRange {
	readonly min: number;
	readonly max: number;
	/** Lowest band first; the bands cover min..max without gaps. */
	readonly bands: readonly Band[];
	/** The published remission cut-off: the latest score below this; the default of the `remissionBelow` setting. */
	readonly remissionBelow: number;
	/** The smallest change that is more than the measure's error; the default of the `reliableChange` setting. */
	readonly reliableChange: number;
	/** The first score of the top band; the default of the `severeFrom` setting. */
	readonly severeFrom: number;
}

export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
	phq9: "PHQ-9",
	gad7: "GAD-7",
	hamd: "HAM-D",
	epds: "EPDS",
};

function band(id: string, label: string, min: number, max: number): Band {
	return { id, label, min, max };
}

export const MEASURE_RANGES: Readonly<Record<Measure, MeasureRange>> = {
	phq9: {
		min: 0,
		max: 27,
		bands: [
			band("minimal", "Minimal", 0, 4),
			band("mild", "Mild", 5, 9),
			band("moderate", "Moderate", 10, 14),
			band("moderately-severe", "Moderately severe", 15, 19),
			band("severe", "Severe", 20, 27),
		],
		remissionBelow: 5,
		reliableChange: 6,
		severeFrom: 20,
	},
	gad7: {
		min: 0,
		max: 21,
		bands: [band("minimal", "Minimal", 0, 4), band("mild", "Mild", 5, 9), band("moderate", "Moderate", 10, 14), band("severe", "Severe", 15, 21)],
		remissionBelow: 5,
		reliableChange: 4,
		severeFrom: 15,
	},
	hamd: {
		min: 0,
		max: 52,
		bands: [
			band("normal", "Normal", 0, 7),
			band("mild", "Mild", 8, 13),
			band("moderate", "Moderate", 14, 18),
			band("severe", "Severe", 19, 22),
			band("very-severe", "Very severe", 23, 52),
		],
		remissionBelow: 8,
		reliableChange: 5,
		severeFrom: 23,
	},
	epds: {
		min: 0,
		max: 30,
		bands: [band("low", "Low", 0, 9), band("possible", "Possible", 10, 12), band("probable", "Probable", 13, 30)],
		remissionBelow: 10,
		reliableChange: 4,
		severeFrom: 13,
	},
};

/** The band a score falls in; a score outside the range takes the nearest band, a fraction the band it has reached. */
export function bandFor(measure: Measure, score: number): Band {
	const { bands } = MEASURE_RANGES[measure];
	let found = bands[0] as Band;
	for (const candidate of bands) if (score >= candidate.min) found = candidate;
	return found;
}

/** The id of the band a score falls in, e.g. `moderately-severe`. */
export function bandOf(measure: Measure, score: number): string {
	return bandFor(measure, score).id;
}

/** Response by convention: a fall of at least half from the baseline. */
export const DEFAULT_RESPONSE_REDUCTION_PERCENT = 50;

export function isRemission(score: number, below: number): boolean {
	return score < below;
}

/**
 * The highest score that is a response from `baseline`: scores are whole numbers, so
 * the line is too (half of 21 is 10). Null when no fall can be one.
 */
export function responseCeiling(baseline: number, reductionPercent: number): number | null {
	return baseline > 0 ? Math.floor((baseline * (100 - reductionPercent)) / 100) : null;
}

/** A fall of at least `reductionPercent` from a baseline above zero: the latest at or below the response line. */
export function isResponse(baseline: number, latest: number, reductionPercent: number): boolean {
	const ceiling = responseCeiling(baseline, reductionPercent);
	return ceiling !== null && latest <= ceiling;
}
