// The summary's "What is due" shows a duplicate session number, as the sidebar does:
// both take what is due from the one definition, isDue.
import { analyseCase } from "../../../src/domain/engine/analyse-case";
import { EXPORT_FILES } from "../../../src/domain/export/export-case";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { bundle, d, session } from "../engine/builders";
import { fileText, run, sections } from "./export-support";

it("lists a duplicate session number under what is due, asking to renumber", () => {
	const twice = bundle({
		record: { focus: ["grief"] },
		sessions: [session(1, { date: d("2026-09-01"), scores: { phq9: 9 } }), session(2, { date: d("2026-09-08") }), session(2, { path: "Clients/Jo/Sessions/Session 2b.md", date: d("2026-09-15") })],
	});
	const text = fileText(run({ bundle: twice, analysis: analyseCase(twice, DEFAULT_ENGINE_SETTINGS, "2026-09-15"), bodies: new Map() }), EXPORT_FILES.summary);
	const due = sections(text).get("What is due") ?? [];
	expect(due.filter((line) => line.startsWith("- **Renumber sessions**: Session number 2 is used by 2 notes"))).toHaveLength(1);
});
