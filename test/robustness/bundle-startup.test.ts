import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";

// Three things in main.js's text that V8 pays for while it parses the script, before the
// plugin does anything (src/domain/model/unicode-pattern.ts): a character beyond ASCII
// makes the whole script two-byte text, a regular expression literal with a Unicode
// property class has its character set built there and then, and an arrow function at the
// script's top level, which Obsidian wraps in a function, is parsed in full where a
// function would only be pre-parsed (src/domain/lazy.ts). And the build puts the
// top-level function declarations last (scripts/functions-last.mjs). `npm test` builds
// main.js before jest runs.
const mainJs = readFileSync(resolve(__dirname, "../../main.js"), "utf8");

function regularExpressionLiterals(source: string): string[] {
	const file = ts.createSourceFile("main.js", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
	const found: string[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isRegularExpressionLiteral(node)) found.push(node.text);
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

/** The text of each arrow function outside every other function (a default parameter is inside its function). */
function topLevelArrows(source: string): string[] {
	const file = ts.createSourceFile("main.js", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
	const found: string[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isArrowFunction(node)) found.push(node.getText(file));
		else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

describe("main.js costs V8 no avoidable work to parse", () => {
	test("it is ASCII", () => {
		const at = [...mainJs].findIndex((char) => char.charCodeAt(0) > 0x7f);
		expect(at === -1 ? "" : `${mainJs.slice(Math.max(0, at - 40), at + 10)} (character ${at})`).toBe("");
	});

	test("no regular expression literal has a Unicode property class", () => {
		const literals = regularExpressionLiterals(mainJs);
		// The walk sees the bundle's literals: main.js has over a hundred.
		expect(literals.length).toBeGreaterThan(50);
		expect(literals.filter((literal) => /\\[pP]\{/.test(literal))).toEqual([]);
	});

	test("its top level has no arrow function but esbuild's own few helpers", () => {
		// esbuild writes its CommonJS helpers (__export, __copyProps, __toCommonJS) as arrows:
		// about 300 bytes. The plugin's own tables made at the top level took 14 KB of them.
		const arrows = topLevelArrows(mainJs);
		expect(arrows.join("").length).toBeLessThan(400);
	});

	test("its top-level function declarations come after its other statements", () => {
		const kinds = ts.createSourceFile("main.js", mainJs, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS).statements.map((statement) => ts.isFunctionDeclaration(statement));
		const firstFunction = kinds.indexOf(true);
		expect(kinds.filter(Boolean).length).toBeGreaterThan(500);
		expect(kinds.slice(firstFunction).every(Boolean)).toBe(true);
	});

	test("the walks find what they look for where it is", () => {
		expect(topLevelArrows("const f = (a) => a, g = function (b = () => 1) { return () => b; }, h = lazy(() => ({ x: (y) => y }));")).toEqual(["(a) => a", "() => ({ x: (y) => y })"]);
		expect(regularExpressionLiterals("const a = /x/g, b = /^\\p{L}+$/u;")).toEqual(["/x/g", "/^\\p{L}+$/u"]);
	});
});
