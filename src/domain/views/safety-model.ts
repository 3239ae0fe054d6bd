// Safety items: open ones as a banner before anything else, with the sessions whose
// total came without its safety item beside them; reviewed ones as history.
import type { SafetyItem, SafetyNotRecorded } from "../engine/analysis";
import type { CaseNames } from "../privacy/case-names";
import { sessionText } from "../engine/pre-group";
import { answerText, notRecordedText, raisedText } from "../safety/safety-wording";
import type { NoteLinkModel } from "./note-link";

export interface SafetyLine {
	/** "PHQ-9 item 9 scored 2: raised in session 5, 12 days ago". */
	readonly text: string;
	readonly link: NoteLinkModel;
}

export interface SafetyModel {
	readonly open: readonly SafetyLine[];
	readonly reviewed: readonly SafetyLine[];
	/** Sessions whose total came without its safety item. */
	readonly notRecorded: readonly SafetyLine[];
}

export interface SafetyInput {
	/** The case's items, its loose ones included, open first. */
	readonly items: readonly SafetyItem[];
	readonly notRecorded: readonly SafetyNotRecorded[];
	/** Items in notes no case could claim that lie in this case's folder: perhaps this case's. */
	readonly nearby: readonly SafetyItem[];
}

/** An open item's line: what was answered, and how long it has waited. */
export function openLineText(item: SafetyItem): string {
	return `${answerText(item)}: ${raisedText(item)}`;
}

function line(text: string, path: string, names: CaseNames): SafetyLine {
	return { text, link: { path, text: names.note(path) } };
}

function reviewedText(item: SafetyItem): string {
	return `${answerText(item)} in ${sessionText(item.session)}${item.date === null ? "" : ` (${item.date})`}`;
}

export function safetyModel({ items, notRecorded, nearby }: SafetyInput, names: CaseNames): SafetyModel {
	const open = [...nearby, ...items.filter((item) => !item.reviewed)];
	return {
		open: open.map((item) => line(openLineText(item), item.path, names)),
		reviewed: items.filter((item) => item.reviewed).map((item) => line(reviewedText(item), item.path, names)),
		notRecorded: notRecorded.map((entry) => line(notRecordedText(entry), entry.path, names)),
	};
}
