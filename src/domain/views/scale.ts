// Linear scales and date ticks for the charts; plain numbers in, plain numbers out.
import { dayFromParts, partsFromDay } from "../model/dates";

export type Scale = (value: number) => number;

/** Maps domain [d0, d1] onto range [r0, r1]; a zero-width domain maps to the range's middle. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
	if (d1 === d0) return () => (r0 + r1) / 2;
	const k = (r1 - r0) / (d1 - d0);
	return (value) => r0 + (value - d0) * k;
}

export interface Tick {
	readonly value: number;
	readonly label: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * First-of-month ticks between two days, thinned to at most `max`: every 1, 2, 3, 6 or
 * 12 months, or whole years beyond that. January shows its year so a long axis stays
 * readable.
 */
export function monthTicks(fromDay: number, toDay: number, max: number): Tick[] {
	const months: { day: number; year: number; month: number }[] = [];
	const start = partsFromDay(fromDay);
	for (let index = start.year * 12 + start.month - 1 + (start.dayOfMonth === 1 ? 0 : 1); ; index++) {
		const year = Math.floor(index / 12);
		const month = (index % 12) + 1;
		const day = dayFromParts(year, month, 1);
		if (day > toDay) break;
		months.push({ day, year, month });
	}
	const limit = Math.max(1, max);
	const step = [1, 2, 3, 6, 12].find((candidate) => Math.ceil(months.length / candidate) <= limit) ?? 12 * Math.ceil(months.length / (12 * limit));
	return months
		.filter((m) => (step <= 12 ? (m.month - 1) % step === 0 : m.month === 1 && m.year % (step / 12) === 0))
		.map((m) => ({ value: m.day, label: m.month === 1 ? String(m.year) : (MONTHS[m.month - 1] ?? "") }));
}
