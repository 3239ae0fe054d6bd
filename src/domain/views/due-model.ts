// The "what is due" section.
import type { CaseWarning, RuleRef } from "../engine/analysis";
import type { Measure } from "../model/vocabulary";
import type { CaseNames } from "../privacy/case-names";
import { dueTitle, dueWarnings } from "./due";
import type { NoteLinkModel } from "./note-link";

export interface DueItem {
	readonly id: CaseWarning["id"];
	readonly title: string;
	readonly message: string;
	readonly link: NoteLinkModel;
	readonly rule: RuleRef;
}

export interface DueModel {
	readonly items: readonly DueItem[];
}

export function dueModel(warnings: readonly CaseWarning[], measure: Measure, names: CaseNames): DueModel {
	return {
		items: dueWarnings(warnings).map((warning) => ({
			id: warning.id,
			title: dueTitle(warning.id, measure),
			message: names.redact(warning.message),
			link: { path: warning.path, text: names.note(warning.path) },
			rule: warning.rule,
		})),
	};
}
