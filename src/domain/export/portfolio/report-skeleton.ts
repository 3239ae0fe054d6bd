// The headings of a case report a trainee writes for certification, each with what
// it asks for: the structure, never the content, which is the trainee's own work.
import { section } from "../markdown";

export function reportSkeleton(): string[] {
	// Built on each call, not at load: see domain/lazy.ts.
	const headings: readonly (readonly [string, string])[] = [
		["Referral and presenting problem", "Who referred the client, the symptoms and their course, earlier episodes and treatment."],
		["Diagnosis and the sick role", "The diagnosis given, how the sick role was explained, and the client's response."],
		["Interpersonal inventory", "The important relationships, what is satisfying and unsatisfying in each, and what changed around the onset."],
		["Formulation and treatment contract", "The problem area agreed, the evidence for it, and the contract: number of sessions, goals, measure."],
		["Middle phase: strategies and techniques", "The problem-area strategies used, with examples from the sessions."],
		["Termination and outcome", "How the end was prepared, the change on the measures, the relapse plan."],
		["Use of supervision", "What supervision changed in the work, and what you learned."],
		["Reflection", "What went well, what you would do differently, and what you take into the next case."],
	];
	return section(
		"Case report",
		headings.flatMap(([heading, asks]) => [`### ${heading}`, "", `_${asks}_`, ""]),
	);
}
