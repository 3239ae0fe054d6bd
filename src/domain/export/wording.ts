// What an export tells its reader and its user, shared by both faces: what kind of
// document it is, and, when the leak scan stops it, each name left, where and whence,
// so the note behind it can be fixed.
import type { Leak } from "./leak-scan";

/** Said in the summary, in each picture's description and when the export is written. */
export const PSEUDONYMISED = "Pseudonymised, not anonymised.";
export const IDENTIFIED = "Identified: names and dates as the notes give them.";

export const REFUSED = "Export refused, nothing was written: the de-identified summary would still contain names from the notes.";
export const REFUSAL_ADVICE = "Change what gives the name away (often a role that names someone, such as \"Sam's wife\") and export again.";
const EVERYDAY_ADVICE = "also an everyday word, which the export cannot replace: reword it where it stands alone";

/** One line per leak: `"Jordan" in summary.md, line 25 (part of "Jordan Rivera", client field of "IPT/Jordan R/Jordan R.md")`. */
export function leakLines(leaks: readonly Leak[]): string[] {
	return leaks.map((leak) => `"${leak.name}" in ${leak.where} (${leak.source}${leak.everyday ? `; ${EVERYDAY_ADVICE}` : ""})`);
}
