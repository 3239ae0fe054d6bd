// A fictional case whose names turn up everywhere a name can: frontmatter, file names,
// links, aliases and bodies, in several spellings and letter cases. The unit, command
// line and plugin tests of the export share it.
import { parse as parseYaml } from "yaml";
import { analyseCase } from "../../../src/domain/engine/analyse-case";
import type { CaseAnalysis } from "../../../src/domain/engine/analysis";
import type { VaultNotes } from "../../../src/domain/export/export-case";
import { noteBody } from "../../../src/domain/export/note-body";
import { linksInText } from "../../../src/domain/privacy/note-links";
import type { CaseBundle } from "../../../src/domain/model/case-bundle";
import type { FormulationRecord } from "../../../src/domain/model/records";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { VaultIndex } from "../../../src/index/vault-index";

export const CASE_PATH = "IPT/Jordan R/Jordan R.md";
export const TODAY = "2026-11-25";

function note(frontmatter: string, body = ""): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

export const JORDAN_FILES: Readonly<Record<string, string>> = {
	[CASE_PATH]: note(
		`
ipt: case
client: Jordan Rivera
aliases: [Jojo, "J. Rivera"]
status: active
protocol: standard
start: 2026-09-01
onset: 2026-06-15
focus: [role-dispute]
measure: phq9
diagnosis: "Moderate depressive episode; JORDAN reports poor sleep"
`,
		"# Referral\n\nJordan Rivera, referred by the GP. JORDAN says [[People/Maria Rivera|Mum]] calls daily.\nRivera's sister [[Sam O'Neil]] helps; jordan trusts sam.\n",
	),
	"IPT/Jordan R/People/Maria Rivera.md": note(
		`
ipt: person
name: María Rivera
aliases: [Mamá]
role: mother
circle: 1
contact: daily
support: 1
conflict: 3
dispute_stage: impasse
expectations_reciprocal: false
related: ["[[Sam O'Neil]]"]
`,
		"María (maria to friends) phoned Jojo on 2026-10-03 about the holidays.\n",
	),
	"IPT/Jordan R/People/Sam O'Neil.md": note(
		`
ipt: person
name: Sam O'Neil
role: sister
circle: 1
contact: weekly
support: 3
conflict: 0
confidant: true
`,
		"SAM and Neil's family live nearby.\n",
	),
	"IPT/Jordan R/People/Chris.md": note(
		`
ipt: person
name: Christopher Lee
aliases: [Kit]
role: friend
circle: 2
contact: monthly
support: 2
conflict: 1
`,
	),
	"IPT/Jordan R/People/Grandpa Joe.md": note(
		`
ipt: person
name: Joseph Rivera
role: grandfather
circle: 2
support: 2
died: 2026-03-10
`,
	),
	"IPT/Jordan R/Events/2026-03-10 Grandpa Joe died.md": note(
		`
ipt: event
date: 2026-03-10
type: death
people: ["[[Grandpa Joe]]"]
`,
	),
	"IPT/Jordan R/Events/2026-05-20 Lost job at Acme.md": note(
		`
ipt: event
date: 2026-05-20
type: job-loss
people: ["[[Christopher Lee]]"]
`,
	),
	"IPT/Jordan R/Events/2026-08-01 Row with Maria.md": note(
		`
ipt: event
date: 2026-08-01
type: conflict
people: ["[[Maria Rivera]]"]
`,
	),
	"IPT/Jordan R/Sessions/Session 01.md": note(
		`
ipt: session
session: 1
date: 2026-09-01
phq9: 18
gad7: 12
tasks: [psychoeducation, sick-role]
homework: ["Tell Maria about the diagnosis"]
`,
		"## Plan\n\nJordan and maria argued on 2026-08-01; see [[2026-08-01 Row with Maria]].\n",
	),
	"IPT/Jordan R/Sessions/Session 02.md": note(
		`
ipt: session
session: 2
date: 2026-09-08
phq9_items: [2, 2, 2, 2, 2, 2, 2, 2, 1]
tasks: [inventory, timeline]
homework: ["Call Sam"]
homework_review: done
`,
	),
	"IPT/Jordan R/Sessions/Session 03.md": note(
		`
ipt: session
session: 3
date: 2026-09-15
phq9: 15
risk_reviewed: true
tasks: [formulation, focus-agreed, contract]
homework_review: partial
`,
	),
	"IPT/Jordan R/Sessions/Session 04.md": note(
		`
ipt: session
session: 4
date: 2026-09-22
phq9: 14
homework: ["Role-play with J. Rivera's mum"]
`,
	),
	"IPT/Jordan R/Sessions/Session 05.md": note(
		`
ipt: session
session: 5
date: 2026-10-06
phq9_items: [1, 1, 1, 1, 1, 1, 1, 1, 2]
gad7: 9
homework_review: not-done
`,
		"Rivera's mood lifted. ![[photo of Jordan.png]] [letter](https://example.org/jordan-rivera)\n",
	),
};

/**
 * The case with a cousin whose first name is an everyday word, standing alone in a
 * homework: the export cannot replace "Will" without garbling sentences, so it refuses.
 */
export const WILL_PATH = "IPT/Jordan R/People/Will Okafor.md";
export const JORDAN_WITH_WILL: Readonly<Record<string, string>> = {
	...JORDAN_FILES,
	[WILL_PATH]: note("ipt: person\nname: Will Okafor\nrole: cousin\ncircle: 3"),
	"IPT/Jordan R/Sessions/Session 02.md": (JORDAN_FILES["IPT/Jordan R/Sessions/Session 02.md"] ?? "").replace('homework: ["Call Sam"]', 'homework: ["Call Will"]'),
};

/** Every spelling of a name the case holds, which no de-identified file may contain in any letter case. */
export const JORDAN_NAMES = [
	"Jordan Rivera",
	"Jordan",
	"Rivera",
	"J. Rivera",
	"Jordan R",
	"Jojo",
	"María",
	"Maria",
	"Mamá",
	"Sam O'Neil",
	"Sam",
	"Neil",
	"Christopher Lee",
	"Christopher",
	"Lee",
	"Kit",
	"Chris",
	"Joseph Rivera",
	"Joseph",
	"Grandpa Joe",
	"Joe",
	"Lost job at Acme",
];

export interface LoadedCase {
	readonly bundle: CaseBundle;
	readonly analysis: CaseAnalysis;
	readonly bodies: Map<string, string>;
	/** The case's students' formulation notes, as the index holds them apart from the bundle; none when left out. */
	readonly formulations?: readonly FormulationRecord[];
	/** Every case of the files and the links their texts write, as a face gives them to the export; the case alone when left out. */
	readonly vault?: VaultNotes;
}

/** The files read the way both faces read them: frontmatter through the index, bodies after it. */
export function loadCase(files: Readonly<Record<string, string>> = JORDAN_FILES, casePath = CASE_PATH): LoadedCase {
	const index = new VaultIndex();
	const bodies = new Map<string, string>();
	for (const [path, text] of Object.entries(files)) {
		const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
		index.upsert(path, match ? (parseYaml(match[1] ?? "") as unknown) : undefined);
		bodies.set(path, noteBody(text));
	}
	const bundle = index.caseBundle(casePath);
	if (!bundle) throw new Error(`no case at ${casePath}`);
	const vault = { cases: index.cases(), links: (path: string) => linksInText(files[path] ?? "") };
	return { bundle, analysis: analyseCase(bundle, DEFAULT_ENGINE_SETTINGS, TODAY), bodies, formulations: index.formulations(casePath), vault };
}
