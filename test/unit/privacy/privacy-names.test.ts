import { caseNames, plainNames, privacyNames } from "../../../src/domain/privacy/case-names";
import { initials } from "../../../src/domain/privacy/initials";
import { namePartsOf } from "../../../src/domain/privacy/name-variants";
import { linksInText } from "../../../src/domain/privacy/note-links";
import { redactor } from "../../../src/domain/privacy/redact";
import { roleLabels } from "../../../src/domain/privacy/role-labels";
import { bundle, CASE_PATH, d, event, FOLDER, person, session } from "../engine/builders";

describe("initials", () => {
	it.each([
		["Maya K", "M.K."],
		["T.B.", "T.B."],
		["anne-marie o'neil", "A.M.O."],
		["  Jordan   Rivers ", "J.R."],
		["Élodie Brun", "É.B."],
	])("%s gives %s", (name, expected) => {
		expect(initials(name)).toBe(expected);
	});

	it("gives null when no word starts with a letter", () => {
		expect(initials("042")).toBeNull();
		expect(initials("")).toBeNull();
	});
});

describe("roleLabels", () => {
	const never = (): boolean => false;

	it("capitalises a role held once and numbers a role held by several, in the given order", () => {
		const people = [person("Ana", { role: "friend" }), person("Bo", { role: "Mother" }), person("Cy", { role: "Friend " }), person("Di", { role: "best  friend" })];
		const labels = roleLabels(people, never);
		expect(people.map((p) => labels.get(p.path))).toEqual(["Friend 1", "Mother", "Friend 2", "Best friend"]);
	});

	it("numbers people without a role as Person 1, Person 2, whatever their position", () => {
		const people = [person("Ana", { role: "partner" }), person("Bo"), person("Cy", { role: "  " }), person("Di", { role: "Di" })];
		const labels = roleLabels(people, never);
		expect(people.map((p) => labels.get(p.path))).toEqual(["Partner", "Person 1", "Person 2", "Person 3"]);
	});

	it("treats a role that reveals a name as no role", () => {
		const people = [person("Ana", { role: "Sam's wife" }), person("Sam", { role: "brother" })];
		const labels = roleLabels(people, (role) => role.includes("Sam"));
		expect(labels.get(people[0]?.path ?? "")).toBe("Person 1");
		expect(labels.get(people[1]?.path ?? "")).toBe("Brother");
	});

	it("gives the same labels for the same people every time", () => {
		const people = [person("Ana", { role: "friend" }), person("Bo", { role: "friend" })];
		expect(roleLabels(people, never)).toEqual(roleLabels(people, never));
	});
});

describe("redactor", () => {
	it("replaces names whatever their case", () => {
		const redact = redactor([{ name: "Mum", label: "Mother" }, { name: "Case Smith", label: "C.S." }, { name: "Case", label: "C.S." }]);
		expect(redact("Row with mum; Case called")).toBe("Row with Mother; C.S. called");
		// On a shared screen a hidden name stays hidden, even where it is also a common word.
		expect(redact("the case of Case Smith")).toBe("the C.S. of C.S.");
	});

	it("prefers the longest name and leaves names inside other words alone", () => {
		const redact = redactor([{ name: "Ms Okafor", label: "Form tutor" }, { name: "Okafor", label: "Form tutor" }]);
		expect(redact("Ask Ms Okafor, then Okafor's deputy; not Okaforian")).toBe("Ask Form tutor, then Form tutor's deputy; not Okaforian");
	});

	it("never replaces a label it has just put in", () => {
		const redact = redactor([{ name: "Sam", label: "Partner" }, { name: "Partner", label: "Friend 1" }]);
		expect(redact("Sam")).toBe("Partner");
	});

	it("handles names with regular expression characters and leaves text without names as it is", () => {
		const redact = redactor([{ name: "T.B.", label: "Client" }]);
		expect(redact("T.B. and TXBX")).toBe("Client and TXBX");
		expect(redactor([])("nothing to hide")).toBe("nothing to hide");
	});

	it("splits names into parts of two letters or more in any case or script, leaving titles and particles", () => {
		expect(namePartsOf("Ms Okafor")).toEqual(["Okafor"]);
		expect(namePartsOf("Anne-Marie de Vries")).toEqual(["Anne-Marie", "Vries", "Anne", "Marie"]);
		expect(namePartsOf("Sam O'Neil")).toEqual(["Sam", "O'Neil", "Neil"]);
		expect(namePartsOf("Jo Li")).toEqual(["Jo", "Li"]);
		expect(namePartsOf("priya shah")).toEqual(["priya", "shah"]);
		expect(namePartsOf("דוד כהן")).toEqual(["דוד", "כהן"]);
		expect(namePartsOf("王小明")).toEqual(["小明"]);
		expect(namePartsOf("Jo")).toEqual([]);
		// "An" and "Can" are grammatical words every summary holds; "Di" and "Al" are names.
		expect(namePartsOf("An Nguyen")).toEqual(["Nguyen"]);
		expect(namePartsOf("Can Yılmaz")).toEqual(["Yılmaz"]);
		expect(namePartsOf("Di Al-Sayed")).toEqual(["Di", "Al-Sayed", "Al", "Sayed"]);
	});
});

describe("linksInText", () => {
	it("gives each link of a note's text with its own words, web addresses apart", () => {
		expect(linksInText("[[Sam Patel|Sammy]] rang ![[scan.png]]; [Mum](People/Maria%20Rivera.md#Top), [site](https://example.org/Jordan) and [[Plain]]")).toEqual([
			{ target: "Sam Patel", unquoted: false, display: "Sammy" },
			{ target: "scan.png", unquoted: false },
			{ target: "Plain", unquoted: false },
			{ target: "People/Maria Rivera", unquoted: false, display: "Mum" },
		]);
	});
});

describe("privacyNames", () => {
	const sample = bundle({
		record: { client: "Jordan Rivers", aliases: ["JR"] },
		people: [
			person("Sam Patel", { role: "partner", aliases: ["Sammy"] }),
			person("Alex", { role: "friend" }),
			person("Kim", { role: "friend" }),
			person("Dee"),
			person("Lou", { role: "Jordan's aunt" }),
		],
		events: [event("2026-01-10 Sam moved out", "separation", "2026-01-10"), event("2026-02-01 Something", "other", "2026-02-01", { type: null, category: null })],
		sessions: [session(3, { date: d("2026-03-01") })],
	});

	it("labels the client by initials, people by role, sessions by number and events by type", () => {
		const names = privacyNames(sample);
		expect(names.private).toBe(true);
		expect(names.client).toBe("J.R.");
		expect(names.note(CASE_PATH)).toBe("J.R.");
		expect(names.person(`${FOLDER}/People/Sam Patel.md`)).toBe("Partner");
		expect(names.person(`${FOLDER}/People/Alex.md`)).toBe("Friend 1");
		expect(names.person(`${FOLDER}/People/Kim.md`)).toBe("Friend 2");
		expect(names.person(`${FOLDER}/People/Dee.md`)).toBe("Person 1");
		expect(names.person(`${FOLDER}/People/Lou.md`)).toBe("Person 2");
		expect(names.note(`${FOLDER}/Sessions/Session 03.md`)).toBe("Session 3");
		expect(names.note(`${FOLDER}/Events/2026-01-10 Sam moved out.md`)).toBe("Separation");
		expect(names.note(`${FOLDER}/Events/2026-02-01 Something.md`)).toBe("Event");
		expect(names.note("Elsewhere/Unknown.md")).toBe("Note");
	});

	it("replaces every name, alias and name part in free text", () => {
		const names = privacyNames(sample);
		expect(names.redact("Jordan Rivers (JR) told Sammy and Sam Patel; Jordan saw Kim, Alex and Dee at Lou's")).toBe(
			"J.R. (J.R.) told Partner and Partner; J.R. saw Friend 2, Friend 1 and Person 1 at Person 2's",
		);
		expect(names.redact("IPT/Jordan Rivers/People/Sam Patel.md")).toBe("IPT/J.R./People/Partner.md");
	});

	it("hides the short forms and accent-free spellings of a name, as an export does", () => {
		const names = privacyNames(bundle({ record: { client: "José Rivera" }, people: [person("Ana Lucía Gómez", { role: "sister" })] }));
		expect(names.redact("J. Rivera met Jose; Ana G. and A.L.G. said Gomez")).toBe("J.R. met J.R.; Sister and Sister said Sister");
	});

	it("calls a client without letters Client", () => {
		expect(privacyNames(bundle({ record: { client: "0042" } })).client).toBe("Client");
	});
});

describe("plainNames and caseNames", () => {
	const sample = bundle({ record: { client: "Jordan Rivers" }, people: [person("Sam Patel", { path: `${FOLDER}/People/sam.md` })] });

	it("uses the names as written and file names for links", () => {
		const names = plainNames(sample);
		expect(names.private).toBe(false);
		expect(names.client).toBe("Jordan Rivers");
		expect(names.person(`${FOLDER}/People/sam.md`)).toBe("Sam Patel");
		expect(names.note(`${FOLDER}/Sessions/Session 03.md`)).toBe("Session 03");
		expect(names.redact("Sam Patel")).toBe("Sam Patel");
	});

	it("picks by the privacy setting", () => {
		expect(caseNames(sample, true).client).toBe("J.R.");
		expect(caseNames(sample, false).client).toBe("Jordan Rivers");
	});
});
