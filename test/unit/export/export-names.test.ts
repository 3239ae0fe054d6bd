import { deidentifiedNames, identifiedNames } from "../../../src/domain/export/export-names";
import { knownNames, secretNames } from "../../../src/domain/privacy/known-names";
import { namePartsOf, shortForms } from "../../../src/domain/privacy/name-variants";
import { caseLinkLabels, rewriteLinks } from "../../../src/domain/privacy/note-links";
import { CASE_PATH, JORDAN_FILES, loadCase } from "./jordan-case";

const { bundle } = loadCase();
const MOTHER = "IPT/Jordan R/People/Maria Rivera.md";

describe("name variants", () => {
	it("splits double-barrelled names and names with an apostrophe into parts", () => {
		expect(namePartsOf("Anne-Marie O'Neil")).toEqual(["Anne-Marie", "O'Neil", "Anne", "Marie", "Neil"]);
		// The Unicode hyphen and right single quotation mark join a name's parts too.
		expect(namePartsOf("Anne\u2010Marie O\u2019Neil")).toEqual(["Anne\u2010Marie", "O\u2019Neil", "Anne", "Marie", "Neil"]);
		expect(namePartsOf("jordan rivera")).toEqual(["jordan", "rivera"]);
	});

	it("gives the short forms of a name of two words or more", () => {
		expect(shortForms("Jordan Rivera")).toEqual(["J. Rivera", "J Rivera", "Jordan R.", "Jordan R", "J.R.", "J. R.", "JR"]);
		expect(shortForms("Jordan R")).toEqual(["Jordan R.", "Jordan R", "J.R.", "J. R.", "JR"]);
		expect(shortForms("Ida Nunez")).toEqual(["I. Nunez", "I Nunez", "Ida N.", "Ida N", "I.N.", "I. N."]);
		expect(shortForms("Jojo")).toEqual([]);
	});
});

describe("knownNames", () => {
	const known = deidentifiedNames(bundle).known;
	const find = (name: string) => known.find((entry) => entry.name === name);

	it("holds the client's field, file name and aliases, each with where it came from", () => {
		expect(find("Jordan Rivera")).toEqual({ name: "Jordan Rivera", label: "Client A", source: `client field of "${CASE_PATH}"` });
		expect(find("Jordan R")).toEqual({ name: "Jordan R", label: "Client A", source: `file name of "${CASE_PATH}"` });
		expect(find("Jojo")).toEqual({ name: "Jojo", label: "Client A", source: `alias of "${CASE_PATH}"` });
	});

	it("holds each person's name, file name, aliases, their parts and short forms, once however spelt", () => {
		expect(find("María Rivera")?.label).toBe("Mother");
		// The file name reads as the name field: accents are not part of a name's reading.
		expect(find("Maria Rivera")).toBeUndefined();
		expect(find("Mamá")?.source).toBe(`alias of "${MOTHER}"`);
		expect(find("María")?.source).toBe(`part of "María Rivera", name of "${MOTHER}"`);
		expect(find("Neil")?.source).toBe(`part of "Sam O'Neil", name of "IPT/Jordan R/People/Sam O'Neil.md"`);
		expect(find("C. Lee")?.label).toBe("Friend");
		expect(find("Kit")?.label).toBe("Friend");
	});

	it("gives a shared part to the first who has it: the client", () => {
		expect(find("Rivera")?.label).toBe("Client A");
	});

	it("holds session and event file names and every note's path, but not the words of an event's file name", () => {
		expect(find("2026-05-20 Lost job at Acme")?.label).toBe("Job loss");
		expect(find("Session 01")?.label).toBe("Session 1");
		expect(find("IPT/Jordan R/People/Chris.md")?.label).toBe("Friend");
		expect(find("Acme")).toBeUndefined();
		expect(find("Lost")).toBeUndefined();
	});

	it("leaves out single letters, which name no one", () => {
		const labels = { client: "Client A", person: () => "Person", note: () => "Note" };
		const names = knownNames({ ...bundle, record: { ...bundle.record, client: "J.", aliases: ["A"] } }, labels).map((entry) => entry.name);
		expect(names).not.toContain("J.");
		expect(names).not.toContain("A");
	});

	it("does not look for a name that reads the same as a label", () => {
		const secret = secretNames([
			{ name: "Session 1", label: "Session 1", source: "file name" },
			{ name: "Mum", label: "Mother", source: "name" },
		]);
		expect(secret.map((entry) => entry.name)).toEqual(["Mum"]);
	});
});

describe("deidentifiedNames", () => {
	const names = deidentifiedNames(bundle);

	it("calls the client Client A and people by role", () => {
		expect([names.private, names.client, names.note(CASE_PATH), names.person(MOTHER), names.note("IPT/Jordan R/Sessions/Session 02.md")]).toEqual([
			true,
			"Client A",
			"Client A",
			"Mother",
			"Session 2",
		]);
	});

	it("replaces names in any letter case and spelling, a first name alone, short forms and possessives", () => {
		expect(names.redact("JORDAN and jordan met J. Rivera; Rivera's mum maria (María, MAMÁ) and sam o'neil")).toBe(
			"Client A and Client A met Client A; Client A's mum Mother (Mother, Mother) and Sister",
		);
	});

	it("replaces file names and paths of the case's notes", () => {
		expect(names.redact("see 2026-05-20 Lost job at Acme and IPT/Jordan R/People/Chris.md")).toBe("see Job loss and Friend");
	});

	it("turns links into labels and dates into weeks", () => {
		expect(names.redact("[[People/Maria Rivera|my mum]] on 2026-09-08, [[Elsewhere|notes]], ![[scan.pdf]]")).toBe("Mother in week 2, notes, (embedded file left out)");
	});

	it("dates relative to the first session", () => {
		expect([names.date("2026-09-15"), names.date("2026-06-15")]).toEqual(["week 3", "2 months before start"]);
	});
});

describe("identifiedNames", () => {
	it("keeps names, text and dates as written", () => {
		const names = identifiedNames(bundle);
		expect([names.private, names.client, names.person(MOTHER), names.redact("JORDAN on 2026-09-08"), names.date("2026-09-08"), names.known]).toEqual([
			false,
			"Jordan Rivera",
			"María Rivera",
			"JORDAN on 2026-09-08",
			"2026-09-08",
			[],
		]);
	});
});

describe("rewriteLinks", () => {
	const labels = caseLinkLabels(bundle, (path) => `<${path.split("/").pop()}>`, []);

	it("finds a case note by path, trailing path, file name, or a person's name or alias", () => {
		expect(rewriteLinks("[[IPT/Jordan R/Jordan R]] [[People/Chris.md]] [[chris]] [[Christopher Lee]] [[Kit#Heading]]", labels)).toBe(
			"<Jordan R.md> <Chris.md> <Chris.md> <Chris.md> <Chris.md>",
		);
	});

	it("keeps only the words of other links, and leaves embeds out", () => {
		expect(rewriteLinks("[[Other note]] [[Other|shown]] [site](https://example.org/Jordan) [sam](People/Sam%20O'Neil.md) ![pic](x.png)", labels)).toBe(
			"Other note shown site <Sam O'Neil.md> (embedded file left out)",
		);
	});

	it("has every note of the fixture to work on", () => {
		expect(Object.keys(JORDAN_FILES)).toHaveLength(1 + bundle.people.length + bundle.events.length + bundle.sessions.length);
	});
});
