// Safety items: open ones as a banner before anything else, reviewed ones as history.
import type { SafetyItem } from "../engine/analysis";
import { MEASURE_LABELS } from "../engine/measures/bands";
import type { CaseNames } from "../privacy/case-names";
import type { NoteLinkModel } from "./note-link";

export interface SafetyLine {
	/** "PHQ-9 item 9 scored 1 in session 5 (2026-11-09)". */
	readonly text: string;
	readonly link: NoteLinkModel;
}

export interface SafetyModel {
	readonly open: readonly SafetyLine[];
	readonly reviewed: readonly SafetyLine[];
}

function when(item: SafetyItem): string {
	const session = item.session === null ? "a session without a number" : `session ${item.session}`;
	return item.date === null ? session : `${session} (${item.date})`;
}

function line(item: SafetyItem, names: CaseNames): SafetyLine {
	return {
		text: `${MEASURE_LABELS[item.measure]} item ${item.item} scored ${item.score} in ${when(item)}`,
		link: { path: item.path, text: names.note(item.path) },
	};
}

export function safetyModel(items: readonly SafetyItem[], names: CaseNames): SafetyModel {
	return {
		open: items.filter((item) => !item.reviewed).map((item) => line(item, names)),
		reviewed: items.filter((item) => item.reviewed).map((item) => line(item, names)),
	};
}
