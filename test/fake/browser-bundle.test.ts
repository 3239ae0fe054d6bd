import { build } from "esbuild";
import { join } from "node:path";

describe("the fake in a browser page", () => {
	it("bundles for the browser without Node built-ins", async () => {
		const result = await build({
			entryPoints: [join(__dirname, "..", "fake-obsidian", "index.ts")],
			bundle: true,
			platform: "browser",
			format: "iife",
			globalName: "obsidian",
			write: false,
			logLevel: "silent",
		});
		const [output] = result.outputFiles;
		expect(result.errors).toEqual([]);
		expect(output?.text).toContain("createFakeApp");
		expect(output?.text).not.toMatch(/\brequire\(/);
	});
});
