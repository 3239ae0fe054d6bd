// The summary, section by section, de-identified (the default) and identified.
import { EXPORT_FILES } from "../../../src/domain/export/export-case";
import { bundle, d, person, session } from "../engine/builders";
import { fileText, run, sections } from "./export-support";
import { loadCase } from "./jordan-case";
import { analyseCase } from "../../../src/domain/engine/analyse-case";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";

const loaded = loadCase();
const summary = sections(fileText(run(loaded, { includeBodies: true }), EXPORT_FILES.summary));
const identified = sections(fileText(run(loaded, { identified: true, includeBodies: true }), EXPORT_FILES.summary));

function part(parts: Map<string, string[]>, heading: string): string[] {
	const lines = parts.get(heading);
	if (!lines) throw new Error(`no section ${heading}; sections: ${[...parts.keys()].join(", ")}`);
	return lines;
}

it("has its sections in the order a supervisor reads a case", () => {
	expect([...summary.keys()]).toEqual(["", "Client", "Interpersonal inventory", "Timeline", "Measures", "Problem areas", "Focus", "What is due", "Homework", "Safety items", "Notes"]);
});

describe("the top", () => {
	const top = part(summary, "");

	it("puts open safety items before anything else, then says it is pseudonymised, not anonymised", () => {
		expect(top.slice(0, 4)).toEqual([
			"# Case summary: Client A",
			"> [!danger] Open safety items: follow up with the client in this session",
			"> - PHQ-9 item 9 scored 2 in session 5 (week 6): not reviewed yet.",
			"> [!note] Pseudonymised, not anonymised.",
		]);
		expect(top.join("\n")).toMatch(/Dates count in weeks from the first session \(session 1\), which is week 1/);
		expect(top.join("\n")).toMatch(/can still identify the client to someone who knows them/);
	});

	it("says plainly when it is identified", () => {
		expect(part(identified, "").slice(0, 4)).toEqual([
			"# Case summary: Jordan Rivera",
			"> [!danger] Open safety items: follow up with the client in this session",
			"> - PHQ-9 item 9 scored 2 in session 5 (2026-10-06): not reviewed yet.",
			"> [!warning] Identified",
		]);
	});

	it("leads with no safety callout when every item is reviewed", () => {
		const quiet = bundle({ sessions: [session(1, { date: d("2026-09-01"), phq9Items: [0, 0, 0, 0, 0, 0, 0, 0, 1], scores: { phq9: 1 }, riskReviewed: true })] });
		const text = fileText(run({ bundle: quiet, analysis: analyseCase(quiet, DEFAULT_ENGINE_SETTINGS, "2026-09-01"), bodies: new Map() }), EXPORT_FILES.summary);
		expect(part(sections(text), "")[1]).toBe("> [!note] Pseudonymised, not anonymised.");
	});
});

it("gives the client line: protocol, phase, measure, diagnosis and dates", () => {
	expect(part(summary, "Client")).toEqual([
		"- Client: Client A",
		"- Status: Active",
		"- Protocol: Standard, 16 planned sessions",
		"- Progress: Session 5 of 16 – middle phase",
		"- Primary measure: PHQ-9",
		"- Diagnosis: Moderate depressive episode; Client A reports poor sleep",
		"- Start: week 1",
		"- Onset: 2 months before start",
	]);
	expect(part(identified, "Client")).toContain("- Start: 2026-09-01");
});

it("tables the inventory by circle, with role labels and the circle beside it", () => {
	expect(part(summary, "Interpersonal inventory").slice(0, 7)).toEqual([
		"| Person | Circle | Contact | Support | Conflict | Status | Dispute stage | Expectations reciprocal | Confidant | Related |",
		"| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
		"| Mother | 1 | daily | 1 of 3 | 3 of 3 | living | Impasse | no | – | Sister |",
		"| Sister | 1 | weekly | 3 of 3 | 0 of 3 | living | – | – | yes | – |",
		"| Friend | 2 | monthly | 2 of 3 | 1 of 3 | living | – | – | – | – |",
		"| Grandfather | 2 | – | 2 of 3 | – | deceased (died 5 months before start) | – | – | – | – |",
		"![Closeness circle of Client A](closeness-circle.svg)",
	]);
	expect(part(identified, "Interpersonal inventory").slice(0, 3)).toEqual([
		"| Person | Role | Circle | Contact | Support | Conflict | Status | Dispute stage | Expectations reciprocal | Confidant | Related |",
		"| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
		"| María Rivera | mother | 1 | daily | 1 of 3 | 3 of 3 | living | Impasse | no | – | Sam O'Neil |",
	]);
});

it("lays out the timeline with onset, window and each event's people", () => {
	expect(part(summary, "Timeline")).toEqual([
		"- Onset: 2 months before start (from the case's onset)",
		"- Look-back window: from 14 months before start (12 months before onset) to the present",
		"| When | Type | In the window | People |",
		"| --- | --- | --- | --- |",
		"| 5 months before start | Death | yes | Grandfather |",
		"| 3 months before start | Job loss (transition) | yes | Friend |",
		"| 1 month before start | Conflict (dispute) | yes | Mother |",
	]);
	expect(part(identified, "Timeline")).toContain("| 2026-05-20 | Lost job at Acme | Job loss (transition) | yes | Christopher Lee |");
});

it("tables the measures, every score by session, and links the chart", () => {
	expect(part(summary, "Measures")).toEqual([
		"| Measure | Scores | Baseline | Latest | Band of latest | Response | Remission | Reliable change |",
		"| --- | --- | --- | --- | --- | --- | --- | --- |",
		// PHQ-9 18 to 10 falls by 8 (reliable, 6 or more); GAD-7 12 to 9 by 3 (short of its 4).
		"| PHQ-9 (primary) | 5 scores | 18 | 10 | Moderate | no | No remission | Improved |",
		"| GAD-7 | 2 scores | 12 | 9 | Mild | no | No remission | No reliable change |",
		"| Session | When | PHQ-9 | GAD-7 |",
		"| --- | --- | --- | --- |",
		"| 1 | week 1 | 18 | 12 |",
		"| 2 | week 2 | 17 | – |",
		"| 3 | week 3 | 15 | – |",
		"| 4 | week 4 | 14 | – |",
		"| 5 | week 6 | 10 | 9 |",
		"![PHQ-9 scores of Client A](measures.svg)",
	]);
});

it("gives each flag with its reasons, de-identified", () => {
	const lines = part(summary, "Problem areas");
	expect(lines.slice(0, 6)).toEqual([
		"| Problem area | Flag | Focus |",
		"| --- | --- | --- |",
		"| Grief | Strong | – |",
		"| Role dispute | Strong | yes |",
		"| Role transition | Strong | – |",
		"| Interpersonal sensitivity | Not flagged | – |",
	]);
	expect(lines).toContain("### Role dispute: strong");
	expect(lines).toContain("- Mother: Conflict 3 with Mother (mother, circle 1), role expectations not reciprocal, dispute stage impasse: talking has stopped; bring the dispute back into the open");
	expect(lines).toContain("- Job loss: Job loss 3 months before start, 26 days before onset, concerning Friend (friend, circle 2)");
});

it("gives the focus agreed with the client", () => {
	expect(part(summary, "Focus")).toEqual(["Agreed with the client: Role dispute."]);
});

describe("what is due", () => {
	it("says when nothing is", () => {
		expect(part(summary, "What is due")).toEqual(["Nothing is due."]);
	});

	it("lists what is, most pressing first, a worsening score first of all", () => {
		const behind = bundle({
			people: [person("Ana", { role: "friend", circle: 1 })],
			sessions: [session(1, { date: d("2026-09-01"), scores: { phq9: 5 } }), session(4, { date: d("2026-09-22"), scores: { phq9: 12 } })],
		});
		const text = fileText(run({ bundle: behind, analysis: analyseCase(behind, DEFAULT_ENGINE_SETTINGS, "2026-09-22"), bodies: new Map() }), EXPORT_FILES.summary);
		const due = part(sections(text), "What is due");
		expect(due.map((line) => /^- \*\*(.+?)\*\*/.exec(line)?.[1])).toEqual(["Review the PHQ-9 rise", "Agree a focus", "Share the formulation", "Give the sick role", "Complete the inventory"]);
		expect(part(sections(text), "Measures")).toContain(
			"- Worsening: PHQ-9 went up from 5 at session 1 to 12 at session 4 (+7 points, a reliable change is 6): review the change and the risk with the client.",
		);
	});
});

it("gives the whole homework history with each review", () => {
	expect(part(summary, "Homework")).toEqual([
		"| Session | When | Homework | Review |",
		"| --- | --- | --- | --- |",
		"| 1 | week 1 | Tell Mother about the diagnosis | Done (reviewed in session 2) |",
		"| 2 | week 2 | Call Sister | Partly done (reviewed in session 3) |",
		// "Mum" is how the case note's text links to María, so it is a name of hers.
		"| 4 | week 4 | Role-play with Client A's Mother | Not done (reviewed in session 5) |",
	]);
});

it("lists every safety item, open first, with its review status", () => {
	expect(part(summary, "Safety items").slice(0, 4)).toEqual([
		"| Status | Item | Score | Session | When |",
		"| --- | --- | --- | --- | --- |",
		"| **Open** | PHQ-9 item 9 | 2 | 5 | week 6 |",
		"| Reviewed | PHQ-9 item 9 | 1 | 2 | week 2 |",
	]);
});

describe("note bodies", () => {
	it("are left out unless asked for", () => {
		expect(sections(fileText(run(loaded), EXPORT_FILES.summary)).has("Notes")).toBe(false);
	});

	it("are de-identified when included: names, links, embeds and dates, headings kept below the note's", () => {
		expect(part(summary, "Notes")).toEqual([
			"### Client A",
			"#### Referral",
			"Client A, referred by the GP. Client A says Mother calls daily.",
			"Client A's sister Sister helps; Client A trusts Sister.",
			"### Session 1",
			"##### Plan",
			"Client A and Mother argued 1 month before start; see Conflict.",
			"### Session 5",
			"Client A's mood lifted. (embedded file left out) letter",
			"### Mother",
			"Mother (Mother to friends) phoned Client A in week 5 about the holidays.",
			"### Sister",
			"Sister and Sister's family live nearby.",
		]);
	});

	it("are as written when identified", () => {
		expect(part(identified, "Notes")).toContain("Jordan and maria argued on 2026-08-01; see [[2026-08-01 Row with Maria]].");
	});
});
