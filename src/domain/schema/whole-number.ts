/**
 * A whole number from `min` to `max`, or from `min` up when `max` is null. Safe integers
 * only: NaN, Infinity, fractions and numbers too large to count exactly are not whole
 * numbers a note or a setting can mean. Plain comparisons: this runs for every score of
 * every note indexed.
 */
export function isWholeNumber(value: unknown, min: number, max: number | null): value is number {
	return Number.isSafeInteger(value) && (value as number) >= min && (max === null || (value as number) <= max);
}
