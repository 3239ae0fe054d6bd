// Every open safety item of the vault, in one order for every face: items no case can
// claim first (nobody would see them in a case), then each case's, newest first.
import type { DateValue } from "../model/dates";
import { mustBeSeen, type SafetyReading } from "../model/safety-reading";
import type { SafetyItem } from "./analysis";

/**
 * Safety answers that no case's sessions account for: on a note of another kind, on a
 * note no case could claim, or in YAML that could not be read.
 */
export interface LooseSafety {
	readonly path: string;
	/** The case the note belongs to, when one does (a case note, or a placed person or event note). */
	readonly casePath: string | null;
	readonly session: number | null;
	readonly date: DateValue | null;
	readonly readings: readonly SafetyReading[];
}

export interface PlacedSafetyItem {
	/** Null when no case could be determined: shown as "unplaced". */
	readonly casePath: string | null;
	readonly item: SafetyItem;
}

/** Loose answers as items: never reviewed, since no session of a case can be said to follow them. */
export function looseSafetyItems(loose: readonly LooseSafety[], today: number): PlacedSafetyItem[] {
	return loose.flatMap(({ path, casePath, session, date, readings }) =>
		readings.filter(mustBeSeen).map((reading) => ({
			casePath,
			item: {
				measure: reading.measure,
				item: reading.item,
				key: reading.key,
				score: reading.score,
				raw: reading.raw,
				reason: reading.score === null ? ("unreadable" as const) : ("positive" as const),
				session,
				date: date?.text ?? null,
				path,
				reviewed: false,
				raisedDaysAgo: date === null ? null : today - date.day,
			},
		})),
	);
}

/** A case's items: its loose ones (open) ahead of its sessions' (open first, then reviewed). */
export function safetyOfCase(casePath: string, sessionItems: readonly SafetyItem[], loose: readonly PlacedSafetyItem[]): SafetyItem[] {
	const own = loose.filter((l) => l.casePath === casePath).map((l) => l.item);
	if (own.length === 0) return [...sessionItems];
	return [...own, ...sessionItems].sort((a, b) => Number(a.reviewed) - Number(b.reviewed));
}

export interface CaseSafety {
	readonly casePath: string;
	/** Every item of the case, as safetyOfCase gives them. */
	readonly items: readonly SafetyItem[];
}

/** Every open item: unplaced first, then case by case in the order given. */
export function openSafety(cases: readonly CaseSafety[], loose: readonly PlacedSafetyItem[]): PlacedSafetyItem[] {
	const unplaced = loose.filter((l) => l.casePath === null);
	const placed = cases.flatMap(({ casePath, items }) => items.filter((item) => !item.reviewed).map((item) => ({ casePath, item })));
	return [...unplaced, ...placed];
}
