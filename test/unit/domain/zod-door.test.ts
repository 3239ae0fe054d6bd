import { config } from "zod/mini";
import { parseNote } from "../../../src/domain/parse-note";
import { engineSettingsSchema } from "../../../src/domain/settings/engine-settings";
import { parsePluginSettings } from "../../../src/domain/settings/plugin-settings";

describe("the domain's zod", () => {
	test("runs jitless once the domain is loaded", () => {
		expect(config().jitless).toBe(true);
	});

	test("parsing notes of every kind generates no code with new Function", () => {
		const spy = jest.spyOn(globalThis, "Function");
		try {
			parseNote("c.md", { ipt: "case", client: "J", focus: ["grief", "nope"], status: 3 });
			parseNote("p.md", { ipt: "person", circle: 9, related: [["Ann"]] });
			parseNote("e.md", { ipt: "event", date: "2025-01", type: "death" });
			parseNote("s.md", { ipt: "session", session: 1, phq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 1], gad7_items: [1] });
			// Object schemas are what zod would compile: settings have them.
			engineSettingsSchema().safeParse({ windowMonths: 6, protocols: { brief: { planned: 8, initial: 2, final: 2 } } });
			parsePluginSettings({ casesFolder: "Clients", engine: { scheme: "three-areas" } });
			expect(spy).not.toHaveBeenCalled();
		} finally {
			spy.mockRestore();
		}
	});
});
