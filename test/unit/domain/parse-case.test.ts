import { parseAs, said } from "./parse-helpers";

describe("ipt: case", () => {
	test("reads the maintenance contract, and takes the EPDS as the perinatal protocol's measure", () => {
		expect(parseAs("case", { client: "J.R.", status: "maintenance", maintenance_sessions: 6, maintenance_interval: 2 }).record).toMatchObject({ maintenanceSessions: 6, maintenanceInterval: 2 });
		const bad = parseAs("case", { client: "J.R.", maintenance_interval: 0 });
		expect(bad.record).toMatchObject({ maintenanceInterval: null });
		expect(bad.diagnostics.map((d) => [d.field, d.severity])).toEqual([["maintenance_interval", "error"]]);
		expect(parseAs("case", { client: "J.R.", protocol: "perinatal" }).record).toMatchObject({ measure: "epds" });
		expect(parseAs("case", { client: "J.R.", protocol: "perinatal", measure: "phq9" }).record).toMatchObject({ measure: "phq9" });
	});

	test("a bare case note gets every default and one error for the missing client", () => {
		const { record, diagnostics } = parseAs("case", {});
		expect(record).toEqual({
			kind: "case",
			path: "Clients/Jordan R/Jordan R.md",
			aliases: [],
			client: "Jordan R",
			fictional: false,
			status: "active",
			protocol: "standard",
			plannedSessions: null,
			maintenanceSessions: null,
			maintenanceInterval: null,
			start: null,
			onset: null,
			focus: [],
			measure: "phq9",
			diagnosis: [],
		});
		expect(said(diagnostics)).toEqual([
			'error client: missing; a case note needs the client\'s name, initials or code; the file name "Jordan R" is used',
		]);
		expect(diagnostics[0]).toMatchObject({ path: "Clients/Jordan R/Jordan R.md", field: "client", severity: "error" });
	});

	test("a full, valid case note reads without diagnostics", () => {
		const { record, diagnostics } = parseAs("case", {
			client: "J. R.",
			status: "maintenance",
			protocol: "brief",
			planned_sessions: 12,
			start: "2026-01-12",
			onset: "2025-10",
			focus: ["grief", "role-dispute"],
			measure: "gad7",
			diagnosis: "Major depressive episode",
		});
		expect(diagnostics).toEqual([]);
		expect(record).toMatchObject({
			client: "J. R.",
			status: "maintenance",
			protocol: "brief",
			plannedSessions: 12,
			start: { text: "2026-01-12", precision: "day" },
			onset: { text: "2025-10", precision: "month" },
			focus: ["grief", "role-dispute"],
			measure: "gad7",
			diagnosis: ["Major depressive episode"],
		});
	});

	test.each([
		["client", "  Jordan  ", "client", "Jordan"],
		["client", 4711, "client", "4711"],
		["status", " Assessment ", "status", "assessment"],
		["status", "CLOSED", "status", "closed"],
		["protocol", "Perinatal", "protocol", "perinatal"],
		["protocol", "adolescent", "protocol", "adolescent"],
		["planned_sessions", 1, "plannedSessions", 1],
		["planned_sessions", 52, "plannedSessions", 52],
		["measure", "EPDS", "measure", "epds"],
		["measure", "PHQ-9", "measure", "phq9"],
		["measure", "HAM-D", "measure", "hamd"],
		["measure", "gad 7", "measure", "gad7"],
		["diagnosis", ["F32.1", "Insomnia"], "diagnosis", ["F32.1", "Insomnia"]],
		["diagnosis", 296.2, "diagnosis", ["296.2"]],
		["focus", "grief", "focus", ["grief"]],
		["focus", ["Role Dispute", "role_transition"], "focus", ["role-dispute", "role-transition"]],
	])("%s: %j is read as %s %j", (key, value, property, expected) => {
		const { record, diagnostics } = parseAs("case", { client: "J", [key]: value });
		expect(diagnostics).toEqual([]);
		expect(record).toMatchObject({ [property]: expected });
	});

	test.each([
		["dispute", "role-dispute"],
		["Disputes", "role-dispute"],
		["interpersonal dispute", "role-dispute"],
		["transition", "role-transition"],
		["TRANSITIONS", "role-transition"],
		["life_change", "role-transition"],
		["interpersonal-deficits", "interpersonal-sensitivity"],
		["deficits", "interpersonal-sensitivity"],
		["sensitivity", "interpersonal-sensitivity"],
		["Loneliness", "interpersonal-sensitivity"],
		["social isolation", "interpersonal-sensitivity"],
		["grief and loss", "grief"],
		["loss", "grief"],
		["Interpersonal_Sensitivity", "interpersonal-sensitivity"],
	])("focus alias %j is the area %s", (alias, area) => {
		const { record, diagnostics } = parseAs("case", { client: "J", focus: [alias] });
		expect(diagnostics).toEqual([]);
		expect(record.focus).toEqual([area]);
	});

	test("focus collapses repeats, including an alias of an area already listed, and skips empty entries", () => {
		const { record, diagnostics } = parseAs("case", { client: "J", focus: ["grief", null, "loss", "Grief", "", "dispute"] });
		expect(diagnostics).toEqual([]);
		expect(record.focus).toEqual(["grief", "role-dispute"]);
	});

	test("focus keeps more than two areas (too many is a case warning, not a diagnostic)", () => {
		const { record, diagnostics } = parseAs("case", { client: "J", focus: ["grief", "dispute", "transition"] });
		expect(diagnostics).toEqual([]);
		expect(record.focus).toHaveLength(3);
	});

	test.each([
		["client", ["Jordan"], "client", "Jordan R", 'error client: ["Jordan"] is not text; expected a single piece of text'],
		["client", true, "client", "Jordan R", "error client: true is not text; expected a single piece of text"],
		["status", "paused", "status", "active", 'error status: "paused" is not a case status; expected one of assessment, active, maintenance or closed'],
		["status", 2, "status", "active", "error status: 2 is not a case status; expected one of assessment, active, maintenance or closed"],
		["protocol", "long", "protocol", "standard", 'error protocol: "long" is not an IPT protocol; expected one of standard, brief, adolescent, group or perinatal'],
		["planned_sessions", 0, "plannedSessions", null, "error planned_sessions: 0 is not a number of planned sessions; expected a whole number from 1 to 52"],
		["planned_sessions", 53, "plannedSessions", null, "error planned_sessions: 53 is not a number of planned sessions; expected a whole number from 1 to 52"],
		["planned_sessions", 12.5, "plannedSessions", null, "error planned_sessions: 12.5 is not a number of planned sessions; expected a whole number from 1 to 52"],
		["planned_sessions", "twelve", "plannedSessions", null, 'error planned_sessions: "twelve" is not a number of planned sessions; expected a whole number from 1 to 52'],
		["start", "2026-02-30", "start", null, 'error start: "2026-02-30" is not a date; expected YYYY-MM-DD, YYYY-MM or an ISO date-time'],
		["onset", "last spring", "onset", null, 'error onset: "last spring" is not a date; expected YYYY-MM-DD, YYYY-MM or an ISO date-time'],
		["onset", 2025, "onset", null, "error onset: 2025 is a year alone, which is enough only for a life event's date; write at least the month, as 2025-MM"],
		["measure", "bdi", "measure", "phq9", 'error measure: "bdi" is not an outcome measure; expected one of phq9, gad7, hamd or epds'],
		["diagnosis", { code: "F32" }, "diagnosis", [], 'error diagnosis: {code: "F32"} is not text; expected a single piece of text'],
	])("%s: %j is dropped to the default with an error", (key, value, property, fallback, message) => {
		const { record, diagnostics } = parseAs("case", { client: "Jordan R", [key]: value });
		expect(record).toMatchObject({ [property]: fallback });
		expect(said(diagnostics)).toEqual([message]);
		expect(diagnostics[0]?.field).toBe(key);
	});

	test("an unusable focus entry is dropped alone", () => {
		const { record, diagnostics } = parseAs("case", { client: "J", focus: ["grief", "anxiety", 3] });
		expect(record.focus).toEqual(["grief"]);
		expect(said(diagnostics)).toEqual([
			'error focus: "anxiety" is not a problem area; expected one of grief, role-dispute, role-transition or interpersonal-sensitivity',
			"error focus: 3 is not a problem area; expected one of grief, role-dispute, role-transition or interpersonal-sensitivity",
		]);
	});

	test("a numeric string for planned_sessions is read with a warning", () => {
		const { record, diagnostics } = parseAs("case", { client: "J", planned_sessions: " 12 " });
		expect(record.plannedSessions).toBe(12);
		expect(said(diagnostics)).toEqual(['warning planned_sessions: " 12 " is text; it is read as 12, but write it as a plain number, without quotes']);
	});

	test.each([null, "", "   ", []])("client %j counts as missing", (client) => {
		const { record, diagnostics } = parseAs("case", { client });
		expect(record.client).toBe("Jordan R");
		expect(said(diagnostics)).toEqual([expect.stringMatching(/^error client: missing;/)]);
	});

	test.each([null, "", []])("an empty optional key (%j) is not given: default, no diagnostic", (value) => {
		const { record, diagnostics } = parseAs("case", { client: "J", status: value, planned_sessions: value, start: value, focus: value, diagnosis: value });
		expect(diagnostics).toEqual([]);
		expect(record).toMatchObject({ status: "active", plannedSessions: null, start: null, focus: [], diagnosis: [] });
	});

	test("the fallback client is the file name without folders or .md", () => {
		expect(parseAs("case", {}, {}, "a/b/C. D.MD").record.client).toBe("C. D");
		expect(parseAs("case", {}, {}, "Top.md").record.client).toBe("Top");
	});
});
