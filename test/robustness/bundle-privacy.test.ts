import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { resolve } from "node:path";

// The built plugin is what users install: it must not be able to send anything out of
// the vault, must load on mobile (no Node built-ins), and must not generate code at run
// time. `npm test` builds main.js before jest runs.
const mainJs = readFileSync(resolve(__dirname, "../../main.js"), "utf8");

describe("the built main.js", () => {
	it.each(["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "requestUrl"])("contains no network API: %s", (api) => {
		expect(mainJs).not.toMatch(new RegExp(`\\b${api}\\b`));
	});

	it("requires nothing but obsidian", () => {
		const required = [...mainJs.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
		expect([...new Set(required)]).toEqual(["obsidian"]);
		for (const name of builtinModules) expect(required).not.toContain(name);
	});

	it("generates no code at run time", () => {
		expect(mainJs).not.toMatch(/\bnew Function\s*\(/);
		expect(mainJs).not.toMatch(/\beval\s*\(/);
	});
});
