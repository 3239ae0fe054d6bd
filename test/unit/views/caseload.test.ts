import { plainNames, privacyNames } from "../../../src/domain/privacy/case-names";
import { caseloadModel, DEFAULT_CASELOAD_SORT, nextSort, sortCaseload, type CaseloadInput } from "../../../src/domain/views/caseload-model";
import { analyse, bundle, d, person, session, weeklySessions } from "../engine/builders";

const EXTRAS = { unplaced: [], privacy: false, today: "2026-09-01" };

function input(client: string, parts: Parameters<typeof bundle>[0], privacy = false): CaseloadInput {
	const b = { ...bundle({ ...parts, record: { client, ...parts.record } }), path: `Clients/${client}/${client}.md` };
	const analysis = analyse({ ...parts, record: { client, ...parts.record } });
	return { bundle: b, analysis, names: privacy ? privacyNames(b) : plainNames(b), safety: analysis.safety };
}

// Everything done so far, and a possible sensitivity flag (one person in circle 1) as the agreed focus.
const ann = input("Ann", {
	sessions: weeklySessions(5, "2026-01-01", (k) => ({ scores: { phq9: 10 }, tasks: k === 1 ? ["inventory", "sick-role", "formulation"] : [] })),
	people: [person("A", { circle: 1 }), person("B"), person("C")],
	record: { focus: ["interpersonal-sensitivity"] },
});
const bea = input("Bea", {
	record: { protocol: "brief" },
	sessions: [session(1, { date: d("2026-01-01"), scores: { phq9: 12 }, phq9Items: [1, 1, 1, 1, 1, 1, 1, 1, 1] })],
});
const cal = input("Cal", { record: { status: "closed" }, people: [person("Dad", { circle: 1, conflict: 3, disputeStage: "impasse" })] });

describe("caseloadModel", () => {
	it("gives each case its client, status, phase, session, flags, open safety items and next due", () => {
		const model = caseloadModel([ann, bea, cal], "four-areas", DEFAULT_CASELOAD_SORT, EXTRAS);
		const byClient = new Map(model.rows.map((row) => [row.client.text, row]));
		expect(byClient.get("Ann")).toMatchObject({ statusLabel: "Active", phaseLabel: "Middle", sessionText: "5 of 16", openSafety: 0, nextDue: null });
		expect(byClient.get("Ann")?.flags).toEqual([{ area: "interpersonal-sensitivity", label: "Interpersonal sensitivity", strength: "possible" }]);
		expect(byClient.get("Bea")).toMatchObject({ sessionText: "1 of 8", openSafety: 1, phaseLabel: "Initial" });
		expect(byClient.get("Cal")).toMatchObject({ statusLabel: "Closed", sessionText: "None yet", flags: [{ area: "role-dispute", label: "Role dispute", strength: "strong" }] });
		expect(model.casesWithOpenSafety).toBe(1);
	});

	it("lists cases with open safety items first whatever the sort, then by the chosen column", () => {
		const byClient = caseloadModel([cal, bea, ann], "four-areas", DEFAULT_CASELOAD_SORT, EXTRAS);
		expect(byClient.rows.map((row) => row.client.text)).toEqual(["Bea", "Ann", "Cal"]);
		const byClientDescending = caseloadModel([ann, bea, cal], "four-areas", { column: "client", descending: true }, EXTRAS);
		expect(byClientDescending.rows.map((row) => row.client.text)).toEqual(["Bea", "Cal", "Ann"]);
		const byStatus = caseloadModel([cal, ann, bea], "four-areas", { column: "status", descending: true }, EXTRAS);
		expect(byStatus.rows.map((row) => row.client.text)).toEqual(["Bea", "Cal", "Ann"]);
		const byFlags = caseloadModel([cal, ann, bea], "four-areas", { column: "flags", descending: true }, EXTRAS);
		expect(byFlags.rows.map((row) => row.client.text)).toEqual(["Bea", "Cal", "Ann"]);
		const bySession = caseloadModel([ann, cal, bea], "four-areas", { column: "session", descending: false }, EXTRAS);
		expect(bySession.rows.map((row) => row.client.text)).toEqual(["Bea", "Cal", "Ann"]);
	});

	it("sorts by what is due with the most pressing first and nothing due last", () => {
		const rows = caseloadModel([cal, ann], "four-areas", DEFAULT_CASELOAD_SORT, EXTRAS).rows;
		const withDue = rows.map((row) => (row.client.text === "Cal" ? { ...row, nextDue: { title: "Discuss ending", rank: 0 } } : row));
		expect(sortCaseload(withDue, { column: "due", descending: false }).map((row) => row.client.text)).toEqual(["Cal", "Ann"]);
		expect(sortCaseload(withDue, { column: "due", descending: true }).map((row) => row.client.text)).toEqual(["Ann", "Cal"]);
	});

	it("reverses a sorted column and starts another ascending", () => {
		expect(nextSort({ column: "client", descending: false }, "client")).toEqual({ column: "client", descending: true });
		expect(nextSort({ column: "client", descending: true }, "phase")).toEqual({ column: "phase", descending: false });
	});

	it("shows initials in privacy mode and names areas by the scheme", () => {
		const model = caseloadModel([input("Cal Jones", { record: { status: "closed" }, people: [person("Dad", { circle: 1, conflict: 3, disputeStage: "impasse" })] }, true)], "three-areas", DEFAULT_CASELOAD_SORT, EXTRAS);
		expect(model.rows[0]?.client.text).toBe("C.J.");
		expect(model.rows[0]?.flags[0]?.label).toBe("Interpersonal disputes");
	});
});
