// Privacy mode has no leak scan behind it: whatever its redaction misses is on the shared screen.
import { privacyNames } from "../../../src/domain/privacy/case-names";
import { analyse, bundle, FOLDER, person, session } from "../engine/builders";

describe("privacy mode", () => {
	it("shows a link to a person of the case as the label, not the link's own words", () => {
		const names = privacyNames(bundle({ record: { client: "Ann Smith" }, people: [person("Will Ng", { role: "partner" })] }));
		expect(names.redact("Ring [[Will Ng|Willy]], then [[People/Will Ng]]")).toBe("Ring Partner, then Partner");
	});

	it("shows a link whose target is a name of the case as that name's label", () => {
		const names = privacyNames(bundle({ record: { client: "Ann Smith" } }));
		expect(names.redact("[[Ann Smith|Annie]] slept badly")).toBe("A.S. slept badly");
	});

	it("hides a name whatever its Unicode normalisation, in the notes or in the text", () => {
		const decomposed = "Zoe\u0308 Mu\u0308ller";
		const fromFileName = privacyNames(bundle({ people: [person(decomposed, { role: "friend" })] }));
		expect(fromFileName.redact("Zoë Müller called; zoë too")).toBe("Friend called; Friend too");
		const typed = privacyNames(bundle({ people: [person("Zoë Müller", { role: "friend", path: `${FOLDER}/People/Zoe.md` })] }));
		expect(typed.redact(`${decomposed} called`)).toBe("Friend called");
	});

	it("leaves the engine's own words readable when a person's name is an everyday word", () => {
		const parts = { people: [person("Rose", { role: "mother" })], sessions: [session(1, { scores: { phq9: 10 } }), session(2, { scores: { phq9: 16 } })] };
		const [worsening] = analyse(parts).warnings.filter((warning) => warning.id === "worsening");
		if (!worsening) throw new Error("no worsening warning");
		expect(privacyNames(bundle(parts)).redact(worsening.message)).toBe(worsening.message);
	});

	it("hides the nickname a frontmatter link gives a person or the client", () => {
		const mei = person("Mei Chen", { role: "friend" });
		const sam = person("Sam", { role: "brother", related: [{ target: "Mei Chen", unquoted: false, display: "Maisie" }] });
		const names = privacyNames(bundle({ record: { client: "Jo Park" }, people: [mei, sam], sessions: [session(1, { caseLink: { target: "Jo", unquoted: false, display: "Jojo" } })] }));
		expect(names.redact("Sam will call Maisie; Jojo agreed")).toBe("Brother will call Friend; J.P. agreed");
	});
});
