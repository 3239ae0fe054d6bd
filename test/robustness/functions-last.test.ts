import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { Script } from "node:vm";

// The build moves main.js's top-level function declarations after its other statements
// (scripts/functions-last.mjs). The script is an ES module, run here in its own Node.
const SCRIPT = resolve(__dirname, "../../scripts/functions-last.mjs");

function functionsLast(source: string): string {
	const program = `import { functionsLast } from ${JSON.stringify(SCRIPT)}; process.stdout.write(JSON.stringify(functionsLast(${JSON.stringify(source)})));`;
	const result = spawnSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8" });
	if (result.status !== 0) throw new Error(result.stderr);
	return JSON.parse(result.stdout) as string;
}

/** What a bundle leaves in module.exports, evaluated as Obsidian evaluates main.js: the text as a function's body. */
function exportsOf(bundle: string): unknown {
	const module = { exports: {} as unknown };
	const load = new Script(`(function (module) {${bundle}\n})`).runInThisContext() as (module: { exports: unknown }) => void;
	load(module);
	return module.exports;
}

// Calls before declarations, a name declared twice, a table between functions, and a
// statement a minifier ended without a semicolon, followed by one that begins with "(".
const BUNDLE = [
	"/* banner */",
	'"use strict";',
	"var seen = [];",
	"var table = { n: 2 };",
	"seen.push(early());",
	"function early() { return double(table.n); }",
	"function twice() { return 1; }",
	"function double(x) { return x * 2; }",
	"var late = early()",
	"function twice() { return 2; }",
	"(function () { seen.push(twice()); })()",
	"module.exports = { seen, late, strict: (function () { return this === undefined; })() }",
].join("\n");

describe("functionsLast", () => {
	const moved = functionsLast(BUNDLE);

	test("behaves as the bundle it was made from", () => {
		expect(exportsOf(BUNDLE)).toEqual({ seen: [4, 2], late: 4, strict: true });
		expect(exportsOf(moved)).toEqual(exportsOf(BUNDLE));
	});

	test("puts every function declaration last, each group in its order, the banner and prologue first", () => {
		const lines = moved.split("\n").map((line) => line.trim());
		expect(lines.slice(0, 4)).toEqual(["/* banner */", '"use strict";', "var seen = [];", "var table = { n: 2 };"]);
		const functions = lines.filter((line) => line.startsWith("function "));
		expect(functions).toEqual(["function early() { return double(table.n); }", "function twice() { return 1; }", "function double(x) { return x * 2; }", "function twice() { return 2; }"]);
		expect(lines.slice(-functions.length)).toEqual(functions);
	});

	test("leaves a script without function declarations as it is", () => {
		expect(functionsLast('"use strict";var a = 1;')).toBe('"use strict";var a = 1;');
	});
});
