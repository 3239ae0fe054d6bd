import { parseAs, said } from "./parse-helpers";

const PATH = "Clients/Jordan R/People/Sam.md";

describe("ipt: person", () => {
	test("a bare person note takes its name from the file and is living", () => {
		const { record, diagnostics } = parseAs("person", {}, {}, PATH);
		expect(diagnostics).toEqual([]);
		expect(record).toEqual({
			kind: "person",
			path: PATH,
			aliases: [],
			caseLink: null,
			name: "Sam",
			role: null,
			circle: null,
			contact: null,
			support: null,
			conflict: null,
			status: "living",
			died: null,
			griefMarkers: [],
			disputeStage: null,
			expectationsReciprocal: null,
			confidant: null,
			related: [],
		});
	});

	test("a full, valid person note reads without diagnostics", () => {
		const { record, diagnostics } = parseAs("person", {
			case: "[[Jordan R]]",
			name: "Sam Smith",
			role: "partner",
			circle: 1,
			contact: "daily",
			support: 2,
			conflict: 3,
			status: "estranged",
			dispute_stage: "impasse",
			expectations_reciprocal: false,
			confidant: true,
			related: ["[[Ann]]", "[[People/Bob|Bobby]]"],
		});
		expect(diagnostics).toEqual([]);
		expect(record).toMatchObject({
			caseLink: { target: "Jordan R", unquoted: false },
			name: "Sam Smith",
			role: "partner",
			circle: 1,
			contact: "daily",
			support: 2,
			conflict: 3,
			status: "estranged",
			died: null,
			disputeStage: "impasse",
			expectationsReciprocal: false,
			confidant: true,
			related: [
				{ target: "Ann", unquoted: false },
				{ target: "People/Bob", unquoted: false },
			],
		});
	});

	test.each([
		["case", "Jordan R", "caseLink", { target: "Jordan R", unquoted: false }],
		["case", "[[IPT/Jordan R/Jordan R|JR]]", "caseLink", { target: "IPT/Jordan R/Jordan R", unquoted: false }],
		["circle", 3, "circle", 3],
		["contact", " Rarely", "contact", "rarely"],
		["contact", "NONE", "contact", "none"],
		["support", 0, "support", 0],
		["conflict", 0, "conflict", 0],
		["status", "Deceased", "status", "deceased"],
		["dispute_stage", "Renegotiation", "dispute_stage", "renegotiation"],
		["expectations_reciprocal", true, "expectationsReciprocal", true],
		["confidant", false, "confidant", false],
		["related", "[[Ann]]", "related", [{ target: "Ann", unquoted: false }]],
		["related", ["Ann", "[[Ann]]", "[[Ann|A]]"], "related", [{ target: "Ann", unquoted: false }]],
	])("%s: %j is read as %s %j", (key, value, property, expected) => {
		const { record, diagnostics } = parseAs("person", { [key]: value });
		expect(diagnostics).toEqual([]);
		if (property === "dispute_stage") expect(record.disputeStage).toEqual(expected);
		else expect(record).toMatchObject({ [property]: expected });
	});

	test.each([
		["case", 5, "caseLink", null, 'error case: 5 is not a link; expected a note link such as "[[Jordan R]]"'],
		["case", "[[Ann]] and [[Bob]]", "caseLink", null, 'error case: "[[Ann]] and [[Bob]]" is not a link; expected a note link such as "[[Jordan R]]"'],
		["name", ["Sam"], "name", "Jordan R", 'error name: ["Sam"] is not text; expected a single piece of text'],
		["role", { kind: "partner" }, "role", null, 'error role: {kind: "partner"} is not text; expected a single piece of text'],
		["circle", 5, "circle", null, "error circle: 5 is not a closeness ring; expected a whole number from 1 to 3"],
		["circle", 0, "circle", null, "error circle: 0 is not a closeness ring; expected a whole number from 1 to 3"],
		["circle", 1.5, "circle", null, "error circle: 1.5 is not a closeness ring; expected a whole number from 1 to 3"],
		["circle", "inner", "circle", null, 'error circle: "inner" is not a closeness ring; expected a whole number from 1 to 3'],
		["contact", "hourly", "contact", null, 'error contact: "hourly" is not a contact frequency; expected one of daily, weekly, monthly, rarely or none'],
		["support", 4, "support", null, "error support: 4 is not a support level; expected a whole number from 0 to 3"],
		["support", -1, "support", null, "error support: -1 is not a support level; expected a whole number from 0 to 3"],
		["conflict", 9, "conflict", null, "error conflict: 9 is not a conflict level; expected a whole number from 0 to 3"],
		["status", "missing", "status", "living", 'error status: "missing" is not a person status; expected one of living, deceased or estranged'],
		["died", "2026-02-30", "died", null, 'error died: "2026-02-30" is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY or an ISO date-time'],
		["dispute_stage", "war", "disputeStage", null, 'error dispute_stage: "war" is not a dispute stage; expected one of renegotiation, impasse or dissolution'],
		["expectations_reciprocal", "maybe", "expectationsReciprocal", null, 'error expectations_reciprocal: "maybe" is not a yes/no value; expected true or false'],
		["confidant", 1, "confidant", null, "error confidant: 1 is not a yes/no value; expected true or false"],
		["related", 7, "related", [], 'error related: 7 is not a link; expected a note link such as "[[Jordan R]]"'],
	])("%s: %j is dropped with an error", (key, value, property, fallback, message) => {
		const { record, diagnostics } = parseAs("person", { [key]: value });
		expect(record).toMatchObject({ [property]: fallback });
		expect(said(diagnostics)).toEqual([message]);
		expect(diagnostics[0]?.field).toBe(key);
	});

	test("an unusable related entry is dropped alone", () => {
		const { record, diagnostics } = parseAs("person", { related: ["[[Ann]]", 3, null, "[[Bob]]"] });
		expect(record.related.map((link) => link.target)).toEqual(["Ann", "Bob"]);
		expect(said(diagnostics)).toEqual(['error related: 3 is not a link; expected a note link such as "[[Jordan R]]"']);
	});

	test("numbers and yes/no values written as text are read, with a warning each", () => {
		const { record, diagnostics } = parseAs("person", { circle: "2", support: "3", confidant: "TRUE", expectations_reciprocal: " false " });
		expect(record).toMatchObject({ circle: 2, support: 3, confidant: true, expectationsReciprocal: false });
		expect(said(diagnostics)).toEqual([
			'warning circle: "2" is text; it is read as 2, but write it as a plain number, without quotes',
			'warning support: "3" is text; it is read as 3, but write it as a plain number, without quotes',
			'warning expectations_reciprocal: " false " is text; it is read as false, but write false without quotes',
			'warning confidant: "TRUE" is text; it is read as true, but write true without quotes',
		]);
	});

	test("an out-of-range number written as text is an error, not a warning", () => {
		const { record, diagnostics } = parseAs("person", { circle: "7" });
		expect(record.circle).toBeNull();
		expect(said(diagnostics)).toEqual(['error circle: "7" is not a closeness ring; expected a whole number from 1 to 3']);
	});

	describe("rings", () => {
		test("circle 4 is accepted when the closeness circle has four rings", () => {
			const { record, diagnostics } = parseAs("person", { circle: 4 }, { rings: 4 });
			expect(diagnostics).toEqual([]);
			expect(record.circle).toBe(4);
		});

		test("circle 5 is still out of range with four rings", () => {
			const { diagnostics } = parseAs("person", { circle: 5 }, { rings: 4 });
			expect(said(diagnostics)).toEqual(["error circle: 5 is not a closeness ring; expected a whole number from 1 to 4"]);
		});
	});

	describe("died and status", () => {
		test("a died date makes the person deceased without a diagnostic", () => {
			const { record, diagnostics } = parseAs("person", { died: "2025-11-03" });
			expect(diagnostics).toEqual([]);
			expect(record.status).toBe("deceased");
			expect(record.died).toEqual({ text: "2025-11-03", day: expect.any(Number) as number, precision: "day" });
		});

		test("a died date on a person marked living wins, with a warning on status", () => {
			const { record, diagnostics } = parseAs("person", { status: "Living", died: "2025-11" });
			expect(record.status).toBe("deceased");
			expect(record.died?.text).toBe("2025-11");
			expect(said(diagnostics)).toEqual([
				'warning status: "living" disagrees with the died date 2025-11; the person is counted as deceased. Set status to deceased, or remove died',
			]);
		});

		test("an estranged person with a died date is deceased, quietly", () => {
			const { record, diagnostics } = parseAs("person", { status: "estranged", died: "2024-01-01" });
			expect(diagnostics).toEqual([]);
			expect(record.status).toBe("deceased");
		});

		test("an unusable died date leaves the status as written", () => {
			const { record, diagnostics } = parseAs("person", { status: "living", died: "soon" });
			expect(record.status).toBe("living");
			expect(diagnostics.map((d) => [d.field, d.severity])).toEqual([["died", "error"]]);
		});
	});
});
