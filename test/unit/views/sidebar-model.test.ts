import type { Diagnostic } from "../../../src/domain/model/diagnostic";
import { plainNames, privacyNames } from "../../../src/domain/privacy/case-names";
import { diagnosticsModel } from "../../../src/domain/views/diagnostics-model";
import { problemAreasModel, schemeAreas } from "../../../src/domain/views/problem-areas-model";
import { safetyModel } from "../../../src/domain/views/safety-model";
import { sidebarModel } from "../../../src/domain/views/sidebar-model";
import { analyse, bundle, d, event, FOLDER, link, person, session, settingsWith, weeklySessions } from "../engine/builders";
import { namesShown } from "./shown-text";

const parts = {
	record: { client: "Jordan Rivers", onset: d("2026-03-01"), focus: ["role-dispute" as const, "grief" as const] },
	people: [
		person("Sam Patel", { role: "partner", circle: 1, support: 2, conflict: 3, disputeStage: "impasse", related: [link("Kim")] }),
		person("Kim", { role: "friend", circle: 2, support: 3 }),
		person("Gran", { role: "grandmother", circle: 2, died: d("2015-01-01") }),
	],
	events: [event("2026-02-01 Sam moved out", "separation", "2026-02-01", { people: [link("Sam Patel")] })],
	sessions: weeklySessions(4, "2026-03-10", (k) => ({ scores: { phq9: 20 - k }, homework: [`Talk to Kim about week ${k}`], ...(k === 2 ? { phq9Items: [2, 2, 2, 2, 2, 2, 2, 3, 1] } : {}) })),
};
const names = ["Jordan", "Rivers", "Sam", "Patel", "Kim", "Gran"];

describe("problemAreasModel", () => {
	it("shows every area of the scheme with its strength, focus and evidence", () => {
		const model = problemAreasModel(bundle(parts).record, analyse(parts), "four-areas", plainNames(bundle(parts)));
		expect(model.rows.map((row) => [row.label, row.strengthLabel, row.focus])).toEqual([
			["Grief", "Possible", true],
			["Role dispute", "Strong", true],
			["Role transition", "Strong", false],
			// No session of this case records the inventory task yet.
			["Interpersonal sensitivity", "Not considered until the inventory is complete", false],
		]);
		const dispute = model.rows[1];
		expect(dispute?.evidence[0]?.link).toEqual({ path: `${FOLDER}/People/Sam Patel.md`, text: "Sam Patel" });
		expect(dispute?.evidence[0]?.reason).toContain("Sam Patel");
	});

	it("leaves sensitivity out in the three-area scheme and shows the engine's note instead", () => {
		expect(schemeAreas("three-areas")).toEqual(["grief", "role-dispute", "role-transition"]);
		const lonely = { people: [person("Kim", { circle: 3 })], sessions: [session(1, { date: d("2026-01-01"), tasks: ["inventory"] })] };
		const settings = settingsWith({ scheme: "three-areas" });
		const model = problemAreasModel(bundle(lonely).record, analyse(lonely, settings), "three-areas", plainNames(bundle(lonely)));
		expect(model.rows.map((row) => row.label)).toEqual(["Grief and loss", "Interpersonal disputes", "Role transitions"]);
		expect(model.notes.join(" ")).toContain("complicating factor");
	});
});

describe("safetyModel", () => {
	it("splits open items from reviewed ones, each naming the item, score, session and date", () => {
		const analysis = analyse(parts);
		const model = safetyModel({ items: analysis.safety, notRecorded: [], nearby: [] }, plainNames(bundle(parts)));
		// REAL_TODAY 2026-09-01 is 168 days after session 2.
		expect(model.open).toEqual([{ text: "PHQ-9 item 9 scored 1: raised in session 2, 168 days ago", link: { path: `${FOLDER}/Sessions/Session 02.md`, text: "Session 02" } }]);
		expect(model.reviewed).toEqual([]);
		const reviewed = { ...parts, sessions: [...parts.sessions.slice(0, 3), { ...parts.sessions[3], riskReviewed: true } as (typeof parts.sessions)[number]] };
		const after = safetyModel({ items: analyse(reviewed).safety, notRecorded: [], nearby: [] }, plainNames(bundle(reviewed)));
		expect(after.open).toEqual([]);
		expect(after.reviewed).toHaveLength(1);
	});
});

describe("diagnosticsModel", () => {
	it("keeps severity and field and links each diagnostic to its note", () => {
		const diagnostics: Diagnostic[] = [{ path: `${FOLDER}/People/Kim.md`, field: "circle", severity: "error", message: "Kim: circle must be 1 to 3" }];
		expect(diagnosticsModel(diagnostics, privacyNames(bundle(parts))).lines).toEqual([
			{ severity: "error", field: "circle", message: "Friend: circle must be 1 to 3", link: { path: `${FOLDER}/People/Kim.md`, text: "Friend" } },
		]);
	});
});

describe("sidebarModel", () => {
	const input = (privacy: boolean) => ({
		bundle: bundle(parts),
		analysis: analyse(parts),
		diagnostics: [{ path: `${FOLDER}/People/Kim.md`, field: "cirle", severity: "warning" as const, message: "cirle looks like circle (Kim)" }],
		names: privacy ? privacyNames(bundle(parts)) : plainNames(bundle(parts)),
		scheme: "four-areas" as const,
		ringCount: 3,
		safety: analyse(parts).safety,
		nearbySafety: [],
	});

	it("gathers every section of the case", () => {
		const model = sidebarModel(input(false));
		expect(model.header.progress).toBe("Session 4 of 16 – middle phase");
		expect(model.safety.open).toHaveLength(1);
		expect(model.circle.nodes).toHaveLength(3);
		expect(model.timeline.events).toHaveLength(1);
		expect(model.measures.chart?.points).toHaveLength(4);
		expect(model.homework.entries).toHaveLength(3);
		expect(model.due.items.map((item) => item.id)).toEqual(expect.arrayContaining(["formulation-missing"]));
		expect(model.diagnostics.lines).toHaveLength(1);
		expect(namesShown(model, names)).toEqual(["Jordan", "Rivers", "Sam", "Patel", "Kim", "Gran"]);
	});

	it("shows no name of the client or of anyone in privacy mode", () => {
		expect(namesShown(sidebarModel(input(true)), names)).toEqual([]);
	});
});
