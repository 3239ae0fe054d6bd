// Obsidian's review forbids generating code at run time; reading notes and settings is
// where a validation library would compile parsers. The built main.js is held to the same
// with every door to codegen spied (test/robustness/bundle-no-codegen.test.ts).
import { parseNote } from "../../../src/domain/parse-note";
import { parseEngineSettings } from "../../../src/domain/settings/engine-settings";
import { parsePluginSettings } from "../../../src/domain/settings/plugin-settings";

describe("reading notes and settings", () => {
	test("generates no code with new Function for notes of every kind nor for settings", () => {
		const spy = jest.spyOn(globalThis, "Function");
		try {
			parseNote("c.md", { ipt: "case", client: "J", focus: ["grief", "nope"], status: 3 });
			parseNote("p.md", { ipt: "person", circle: 9, related: [["Ann"]] });
			parseNote("e.md", { ipt: "event", date: "2025-01", type: "death" });
			parseNote("s.md", { ipt: "session", session: 1, phq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 1], gad7_items: [1] });
			parseNote("v.md", { ipt: "supervision", date: "2025-01-02", supervisor: "A", minutes: 60, sessions: ["1", 2] });
			parseEngineSettings({ windowMonths: 6, protocols: { brief: { planned: 8, initial: 2, final: 2 } } });
			parsePluginSettings({ casesFolder: "Clients", ignoredFolders: ["Archive"], privacyMode: "TRUE", engine: { scheme: "three-areas" } });
			expect(spy).not.toHaveBeenCalled();
		} finally {
			spy.mockRestore();
		}
	});
});
