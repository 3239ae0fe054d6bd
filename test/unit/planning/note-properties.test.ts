import {
	caseProperties,
	eventProperties,
	focusList,
	personProperties,
	sessionProperties,
	wikiLink,
	withTemplateProperties,
} from "../../../src/domain/planning/note-properties";

const CASE = wikiLink("Jo R");

describe("the properties each command writes", () => {
	it("a case: the modal's answers, an empty focus to agree later", () => {
		expect(caseProperties({ client: "Jo R", protocol: "brief", plannedSessions: 8, start: "2026-02-03", onset: "2026-01", measure: "gad7" })).toEqual({
			ipt: "case",
			client: "Jo R",
			protocol: "brief",
			planned_sessions: 8,
			start: "2026-02-03",
			onset: "2026-01",
			measure: "gad7",
			focus: [],
		});
	});

	it("a case without a known onset leaves the key out", () => {
		expect(caseProperties({ client: "Jo", protocol: "standard", plannedSessions: 16, start: "2026-02-03", onset: null, measure: "phq9" })).not.toHaveProperty("onset");
	});

	it("a person: only what the clinician gave, in the format's keys", () => {
		const properties = personProperties(
			{ name: "Ann", role: "mother", circle: 1, contact: null, support: 2, conflict: 0, status: "deceased", died: "2025-11-02", disputeStage: null, expectationsReciprocal: false, confidant: null },
			CASE,
		);
		expect(properties).toEqual({ ipt: "person", case: "[[Jo R]]", name: "Ann", role: "mother", circle: 1, support: 2, conflict: 0, status: "deceased", died: "2025-11-02", expectations_reciprocal: false });
	});

	it("an event with the people it concerns", () => {
		expect(eventProperties({ date: "2026-02-01", type: "job-loss", people: ["[[Ann]]"] }, CASE)).toEqual({
			ipt: "event",
			case: "[[Jo R]]",
			date: "2026-02-01",
			type: "job-loss",
			people: ["[[Ann]]"],
		});
	});

	it("a session: no phase (it is computed), the focus in canonical order, no tasks yet, the reviews to fill in", () => {
		expect(sessionProperties({ number: 7, date: "2026-06-03", focus: ["role-transition", "grief"] }, CASE)).toEqual({
			ipt: "session",
			case: "[[Jo R]]",
			session: 7,
			date: "2026-06-03",
			focus: ["grief", "role-transition"],
			tasks: [],
			homework_review: null,
			risk_reviewed: false,
		});
	});

	it("focusList orders the areas canonically, each once", () => {
		expect(focusList(["interpersonal-sensitivity", "grief", "grief"])).toEqual(["grief", "interpersonal-sensitivity"]);
	});
});

describe("withTemplateProperties", () => {
	it("adds the template's own keys with values, never over the command's", () => {
		const merged = withTemplateProperties({ ipt: "case", protocol: "brief" }, { ipt: "person", protocol: "standard", status: "active", tags: ["ipt/case"], onset: null, focus: [], note: "" });
		expect(merged).toEqual({ ipt: "case", protocol: "brief", status: "active", tags: ["ipt/case"] });
		expect(Object.keys(merged)).toEqual(["ipt", "protocol", "status", "tags"]);
	});

	it("ignores a template whose properties are not a map", () => {
		expect(withTemplateProperties({ ipt: "case" }, ["a"])).toEqual({ ipt: "case" });
		expect(withTemplateProperties({ ipt: "case" }, null)).toEqual({ ipt: "case" });
	});
});
