// "Check my formulation": a student's formulation of a case set against the engine's
// problem-area flags and, where the trainer wrote one, the formulation key, area by
// area, with the engine's reason for every flag it raises.
import type { Evidence, Flag } from "../engine/analysis";
import type { CaseBundle } from "../model/case-bundle";
import type { LinkRef } from "../model/links";
import { noteResolver } from "../model/person-links";
import type { FormulationKeyRecord, FormulationRecord } from "../model/records";
import { PROBLEM_AREAS, type ProblemArea } from "../model/vocabulary";

/** Agreed: both name it; missed: only the engine (or key) does; extra: only the student does. */
export type Verdict = "agreed" | "missed" | "extra";

export interface AreaVerdict {
	readonly area: ProblemArea;
	readonly verdict: Verdict;
	/** The engine's flag for the area, when it raises one. */
	readonly flag: Flag | null;
}

export interface EvidenceVerdict {
	/** The link as the student wrote it. */
	readonly link: string;
	/** The note of the case it opens; null when it opens none of them. */
	readonly path: string | null;
	/** Where the engine uses the same note, each with its reason. */
	readonly usedFor: readonly { readonly area: ProblemArea; readonly evidence: Evidence }[];
}

export interface KeyComparison {
	readonly path: string;
	readonly areas: readonly AreaVerdict[];
	readonly focus: readonly AreaVerdict[];
	/** Notes of the case, by path: agreed, missed (only in the key) or extra (only the student's). */
	readonly evidence: readonly { readonly path: string; readonly verdict: Verdict }[];
}

export interface FormulationCheck {
	readonly formulation: string;
	readonly casePath: string;
	readonly client: string;
	readonly areas: readonly AreaVerdict[];
	/** The student's focus, each area with the engine's flag for it (null: no rule raises it). */
	readonly focus: readonly { readonly area: ProblemArea; readonly flag: Flag | null; readonly inAreas: boolean }[];
	readonly evidence: readonly EvidenceVerdict[];
	/** Evidence of the areas the engine flags that the student did not choose, by area. */
	readonly unchosen: readonly { readonly area: ProblemArea; readonly evidence: Evidence }[];
	/** False until a session lists the `inventory` task: the engine weighs sensitivity only then. */
	readonly sensitivityConsidered: boolean;
	readonly key: KeyComparison | null;
	/** Keys beyond the first, which are not used. */
	readonly otherKeys: readonly string[];
}

function byArea(areas: readonly ProblemArea[]): ProblemArea[] {
	return PROBLEM_AREAS.filter((area) => areas.includes(area));
}

function verdictOf(byStudent: boolean, byOther: boolean): Verdict {
	return byStudent ? (byOther ? "agreed" : "extra") : "missed";
}

/** Every area either side names, in the canonical order, with its verdict. */
function compareAreas(student: readonly ProblemArea[], other: readonly ProblemArea[], flags: readonly Flag[]): AreaVerdict[] {
	return byArea([...student, ...other]).map((area) => ({
		area,
		verdict: verdictOf(student.includes(area), other.includes(area)),
		flag: flags.find((flag) => flag.area === area) ?? null,
	}));
}

function comparePaths(student: readonly string[], key: readonly string[]): { path: string; verdict: Verdict }[] {
	return [...new Set([...student, ...key])].sort().map((path) => ({ path, verdict: verdictOf(student.includes(path), key.includes(path)) }));
}

/** The notes of the case the links open (a link that opens none is left out). */
function resolvedPaths(links: readonly LinkRef[], resolve: (link: LinkRef) => { path: string } | null): string[] {
	return links.map((link) => resolve(link)?.path).filter((path): path is string => path !== undefined);
}

export interface CheckInput {
	readonly formulation: FormulationRecord;
	readonly bundle: CaseBundle;
	readonly flags: readonly Flag[];
	readonly sensitivityConsidered: boolean;
	/** The case's formulation keys, sorted by path: the first is used. */
	readonly keys: readonly FormulationKeyRecord[];
}

export function checkFormulation({ formulation, bundle, flags, sensitivityConsidered, keys }: CheckInput): FormulationCheck {
	const flagged = flags.map((flag) => flag.area);
	const resolve = noteResolver([bundle.record, ...bundle.people, ...bundle.events, ...bundle.sessions]);
	const evidence = formulation.evidence.map((link) => {
		const path = resolve(link)?.path ?? null;
		const usedFor = flags.flatMap((flag) => flag.evidence.filter((item) => item.path === path).map((item) => ({ area: flag.area, evidence: item })));
		return { link: link.target, path, usedFor };
	});
	const chosen = new Set(evidence.map((item) => item.path));
	const [key, ...otherKeys] = keys;
	return {
		formulation: formulation.path,
		casePath: bundle.path,
		client: bundle.record.client,
		areas: compareAreas(formulation.areas, flagged, flags),
		focus: byArea(formulation.focus).map((area) => ({ area, flag: flags.find((flag) => flag.area === area) ?? null, inAreas: formulation.areas.includes(area) })),
		evidence,
		unchosen: flags.flatMap((flag) => flag.evidence.filter((item) => !chosen.has(item.path)).map((item) => ({ area: flag.area, evidence: item }))),
		sensitivityConsidered,
		key:
			key === undefined
				? null
				: {
						path: key.path,
						areas: compareAreas(formulation.areas, key.areas, flags),
						focus: compareAreas(formulation.focus, key.focus, flags),
						evidence: comparePaths(resolvedPaths(formulation.evidence, resolve), resolvedPaths(key.evidence, resolve)),
					},
		otherKeys: otherKeys.map((other) => other.path),
	};
}
