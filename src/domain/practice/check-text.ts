// The formulation check in words: sections of sentences that the modal lists and the
// command line prints. Every flag is told with the engine's reason for it.
import type { Evidence, Flag } from "../engine/analysis";
import { problemAreaLabel } from "../engine/problem-area-labels";
import { linkBasename } from "../model/links";
import type { ProblemArea } from "../model/vocabulary";
import type { Scheme } from "../settings/engine-settings";
import type { AreaVerdict, FormulationCheck, KeyComparison, Verdict } from "./check-formulation";

export interface CheckSection {
	readonly heading: string;
	readonly lines: readonly string[];
}

/** "Session 01", from "IPT/Tomas K/Sessions/Session 01.md". */
function noteName(path: string): string {
	return linkBasename(path).replace(/\.md$/i, "");
}

/** Why the engine raises a flag: the rule that set its strength, and the notes it rests on. */
function flagReason(flag: Flag): string {
	return `${flag.rule.text}; on ${flag.evidence.map((item) => noteName(item.path)).join(", ")}`;
}

/** What a note shows and the rule that makes it evidence. */
function evidenceReason(evidence: Evidence): string {
	return `${noteName(evidence.path)}, ${evidence.reason} (rule: ${evidence.rule.text})`;
}

function engineLine(item: AreaVerdict, label: string, check: FormulationCheck): string {
	if (item.flag !== null) {
		const lead = item.verdict === "agreed" ? "agreed" : "missed: you did not name it";
		return `${label}: ${lead}. The engine flags it (${flagReason(item.flag)}).`;
	}
	const why =
		item.area === "interpersonal-sensitivity" && !check.sensitivityConsidered
			? "the engine does not weigh it until a session lists the inventory task"
			: "no rule of the engine raises it from these notes";
	return `${label}: extra: you named it, but ${why}.`;
}

const KEY_WORDS: Readonly<Record<Verdict, string>> = {
	agreed: "agreed",
	missed: "missed: the key names it, you did not",
	extra: "extra: you named it, the key does not",
};

function keyLine(item: AreaVerdict, label: string): string {
	const engine = item.flag === null ? "The engine does not flag it." : `The engine flags it (${flagReason(item.flag)}).`;
	return `${label}: ${KEY_WORDS[item.verdict]}. ${engine}`;
}

const KEY_EVIDENCE_WORDS: Readonly<Record<Verdict, string>> = { agreed: "in both", missed: "in the key only", extra: "yours only" };

function keySections(key: KeyComparison, label: (area: ProblemArea) => string): CheckSection[] {
	return [
		{ heading: "Problem areas, against the trainer's key", lines: key.areas.map((item) => keyLine(item, label(item.area))) },
		{ heading: "Focus, against the trainer's key", lines: key.focus.length === 0 ? ["Neither names a focus."] : key.focus.map((item) => `${label(item.area)}: ${KEY_WORDS[item.verdict]}.`) },
		{ heading: "Evidence, against the trainer's key", lines: key.evidence.length === 0 ? ["Neither lists evidence."] : key.evidence.map((item) => `${noteName(item.path)}: ${KEY_EVIDENCE_WORDS[item.verdict]}.`) },
	];
}

function focusLine(item: FormulationCheck["focus"][number], label: string): string {
	const fit =
		item.flag === null
			? "no rule of the engine raises it, so the case would warn that the focus has no evidence"
			: item.flag.strength === "strong"
				? "the engine flags it strong"
				: "the engine flags it only as possible; a focus usually rests on the clearest evidence";
	return `${label}: ${fit}${item.inAreas ? "" : "; it is not among your areas"}.`;
}

function evidenceLine(item: FormulationCheck["evidence"][number], label: (area: ProblemArea) => string): string {
	if (item.path === null) return `[[${item.link}]]: opens no note of this case.`;
	if (item.usedFor.length === 0) return `[[${item.link}]]: the engine uses nothing from this note.`;
	return `[[${item.link}]]: the engine uses it too, for ${item.usedFor.map((use) => `${label(use.area)}: ${use.evidence.reason} (rule: ${use.evidence.rule.text})`).join("; ")}.`;
}

export function checkSummary(check: FormulationCheck): string {
	const count = (verdict: Verdict) => check.areas.filter((item) => item.verdict === verdict).length;
	const flagged = check.areas.filter((item) => item.flag !== null).length;
	return `${check.client}: you agree with the engine on ${count("agreed")} of the ${flagged} areas it flags; ${count("missed")} missed, ${count("extra")} extra.`;
}

export function checkSections(check: FormulationCheck, scheme: Scheme): CheckSection[] {
	const label = (area: ProblemArea) => problemAreaLabel(area, scheme);
	const sections: CheckSection[] = [
		{ heading: "Problem areas, against the engine's flags", lines: check.areas.length === 0 ? ["Neither you nor the engine names a problem area."] : check.areas.map((item) => engineLine(item, label(item.area), check)) },
		{
			heading: "Your focus",
			lines: [
				...(check.focus.length === 0 ? ["You chose no focus: write the one or two areas you would agree with the client as focus."] : check.focus.map((item) => focusLine(item, label(item.area)))),
				...(check.focus.length > 2 ? ["More than two focus areas: IPT works on one, at most two."] : []),
			],
		},
		{ heading: "Evidence you chose", lines: check.evidence.length === 0 ? ["You listed no evidence notes."] : check.evidence.map((item) => evidenceLine(item, label)) },
		{ heading: "Evidence the engine uses that you did not choose", lines: check.unchosen.length === 0 ? ["None."] : check.unchosen.map((item) => `${label(item.area)}: ${evidenceReason(item.evidence)}.`) },
	];
	if (check.key === null) sections.push({ heading: "Trainer's key", lines: ["This case has no formulation key, so only the engine's flags are compared."] });
	else sections.push(...keySections(check.key, label));
	if (check.otherKeys.length > 0) sections.push({ heading: "Other keys", lines: [`Only the first key was used; also found: ${check.otherKeys.map(noteName).join(", ")}.`] });
	return sections;
}

/** The whole check as plain text, for the command line. */
export function checkText(check: FormulationCheck, scheme: Scheme): string {
	const body = checkSections(check, scheme).map((section) => `${section.heading}\n${section.lines.map((line) => `  - ${line}`).join("\n")}`);
	return `${checkSummary(check)}\n\n${body.join("\n\n")}\n`;
}
