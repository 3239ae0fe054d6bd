import * as fc from "fast-check";
import { parse } from "yaml";
import { parseFlatYaml } from "../../../src/cli/flat-yaml/parse-flat-yaml";

// The fast path must return exactly what `yaml` returns, or decline. "Exactly" here is
// stricter than toEqual: NaN and -0 by Object.is, key order, and plain-object prototypes.
function same(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) || Array.isArray(b)) {
		return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
	}
	if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
		const keysA = Object.keys(a);
		const keysB = Object.keys(b);
		return (
			Object.getPrototypeOf(a) === Object.getPrototypeOf(b) &&
			keysA.length === keysB.length &&
			keysA.every((key, i) => key === keysB[i] && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
		);
	}
	return Object.is(a, b);
}

/** What the fast path did with `block` judged against `yaml`: "declined", "agrees" or what went wrong. */
function judge(block: string): string {
	const fast = parseFlatYaml(block);
	if (fast === undefined) return "declined";
	let slow: unknown;
	try {
		slow = parse(block);
	} catch (error) {
		return `fast path accepted what yaml rejects (${String(error)})`;
	}
	return same(fast, slow) ? "agrees" : `differs: fast ${show(fast)}, yaml ${show(slow)}`;
}

function show(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0)) ? `<${Object.is(v, -0) ? "-0" : String(v)}>` : v));
}

describe("the flat frontmatter fast path: accepted forms", () => {
	const accepted: [string, string, unknown][] = [
		["a plain string", "title: Session notes", { title: "Session notes" }],
		["an empty value as null", "people:", { people: null }],
		["null words", "a: ~\nb: null\nc: Null\nd: NULL", { a: null, b: null, c: null, d: null }],
		["core-schema booleans only", "a: true\nb: True\nc: FALSE\nd: yes\ne: No\nf: on", { a: true, b: true, c: false, d: "yes", e: "No", f: "on" }],
		["decimal integers with signs and zeros", "a: 16\nb: +1\nc: -3\nd: 007", { a: 16, b: 1, c: -3, d: 7 }],
		["octal and hex integers", "a: 0o17\nb: 0x1F\nc: 0xff", { a: 15, b: 31, c: 255 }],
		["floats", "a: .5\nb: 5.\nc: 1e3\nd: -1.5E-2\ne: 1.e3", { a: 0.5, b: 5, c: 1000, d: -0.015, e: 1000 }],
		["infinities", "a: .inf\nb: -.Inf\nc: +.INF", { a: Infinity, b: -Infinity, c: Infinity }],
		["strings that only look like numbers", "a: 1_000\nb: 0o8\nc: -0x1\nd: 2026-04-15\ne: 12:30", { a: "1_000", b: "0o8", c: "-0x1", d: "2026-04-15", e: "12:30" }],
		["a hash inside a word", "tag: a#b", { tag: "a#b" }],
		["indicators inside a plain string", "a: x, y] z}\nb: -foo\nc: :x\nd: x:y", { a: "x, y] z}", b: "-foo", c: ":x", d: "x:y" }],
		["unicode and emoji", "name: Zoë 😀\nnote: 日本語", { name: "Zoë 😀", note: "日本語" }],
		["single quotes with the doubled quote", "a: 'it''s'\nb: ''\nc: 'quoted: yes'", { a: "it's", b: "", c: "quoted: yes" }],
		["double quotes with escapes", String.raw`a: "line\nnext \"q\" \\ \/ \t \x41 \u00e9 \U0001F600 \_"`, { a: 'line\nnext "q" \\ / \t A é 😀 \u00a0' }],
		["quoted wiki links", `case: "[[Jordan R]]"\nwith: '[[A|B]]'`, { case: "[[Jordan R]]", with: "[[A|B]]" }],
		["a comment after a quoted value", `a: "x" # note\nb: 'y'   #`, { a: "x", b: "y" }],
		["a comment for a value", "a: # nothing yet", { a: null }],
		["flow lists of scalars", `a: [x, 2, "c d", 'e', ~]\nb: []\nc: [ ]\nd: [ a b ,c ]`, { a: ["x", 2, "c d", "e", null], b: [], c: [], d: ["a b", "c"] }],
		["indented block lists", "tags:\n  - ipt\n  - 2\n  - \"[[X]]\"\n  -\nafter: 1", { tags: ["ipt", 2, "[[X]]", null], after: 1 }],
		["block lists at column 0", "tags:\n- a\n- b\nnext: c", { tags: ["a", "b"], next: "c" }],
		["comments and blank lines anywhere", "# top\na: 1\n\n  # indented\nb:\n  - x\n# between\n\n  - y\n", { a: 1, b: ["x", "y"] }],
		["CRLF line ends", "a: 1\r\nb:\r\n  - x\r\nc: 'q'\r\n", { a: 1, b: ["x"], c: "q" }],
		["keys with spaces, dashes, dots and digits", "first name: A\nre-read: B\nv1.2: C\n2026-04-15: D\nkey  : E", { "first name": "A", "re-read": "B", "v1.2": "C", "2026-04-15": "D", key: "E" }],
		["names Object.prototype also has", "toString: 1\nconstructor: 2", { toString: 1, constructor: 2 }],
	];

	it.each(accepted)("%s", (_name, block, expected) => {
		const fast = parseFlatYaml(block);
		expect(fast).toEqual(expected);
		expect(judge(block)).toBe("agrees");
	});

	it("keeps -0 and NaN as yaml does", () => {
		const fast = parseFlatYaml("a: -0\nb: .nan\nc: [.NaN, -0]");
		expect(Object.is(fast?.a, -0)).toBe(true);
		expect(fast?.b).toBeNaN();
		expect(judge("a: -0\nb: .nan\nc: [.NaN, -0]")).toBe("agrees");
	});
});

describe("the flat frontmatter fast path: declined forms", () => {
	const declined: [string, string][] = [
		["an unquoted wiki link (a nested list)", "case: [[Jordan R]]"],
		["a duplicate key", "a: 1\na: 2"],
		["a key yaml reads as a number or null", "1: x"],
		["a quoted key", `"a": 1`],
		["a __proto__ key", "__proto__: 1"],
		["an explicit key", "? a\n: b"],
		["a plain value ending with a colon", "a: x:"],
		["a mapping inside a value", "a: b: c"],
		["a comment after a plain value", "a: x # c"],
		["a comment stuck to a quoted value", "a: 'x'#c"],
		["text after a quoted value", `a: "x" y`],
		["an unclosed quote", "a: 'x"],
		["an escape yaml rejects", String.raw`a: "\q"`],
		["an incomplete hex escape", String.raw`a: "\x4"`],
		["a multi-line scalar", "a: first\n  second"],
		["a multi-line quoted scalar", 'a: "first\n  second"'],
		["a nested map", "a:\n  b: 1"],
		["a nested list", "a:\n  - - x"],
		["a map in a list", "a:\n  - b: 1"],
		["a flow list in a block list", "a:\n  - [x]"],
		["items at two indentations", "a:\n  - x\n    - y"],
		["items after a value", "a: 1\n  - x"],
		["an indented first key", "  a: 1"],
		["anchors, aliases and tags", "a: &x 1\nb: *x\nc: !!str 1"],
		["a block scalar", "a: |\n  text"],
		["a flow map", "a: {b: 1}"],
		["a flow list with a trailing comma or an empty item", "a: [x,]\nb: [x,,y]"],
		["a pair inside a flow list", "a: [b: c]"],
		["a flow list over several lines", "a: [x,\n  y]"],
		["a document marker", "a: 1\n...\n"],
		["a directive", "%YAML 1.2\na: 1"],
		["a tab", "a:\tx"],
		["a lone carriage return", "a: x\ry"],
		["a carriage return ending the block (yaml keeps it in the value)", "a: x\r"],
		["a dash value", "a: -"],
		["a block list on the key's line", "a: - x"],
		["an empty block", "\n# only a comment\n"],
	];

	it.each(declined)("%s", (_name, block) => {
		expect(parseFlatYaml(block)).toBeUndefined();
	});
});

// ---- Differential property: generated blocks, judged against yaml. ----

const TRICKY_PLAIN = [
	"1e3", "0x1F", ".5", "+1", "-0", "007", "1_000", "0o17", "0o8", "0x", "0xG", "+0x1", "-0o7", "2026-04-15", "12:30", "yes", "No", "on", "~",
	"null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE", "false", "a#b", ".inf", "-.inf", "+.INF", ".Inf", ".nan", ".NaN", ".NAN", "-.nan",
	"1.e3", "5.", "-1.5e-3", "1e", "e3", ".e3", "1.5.2", "00.5", "-0.0", "0.10", "12345678901234567890", "1e400", "Jordan R", "ünïcödé", "😀 emoji",
	"a, b", "a]", "x}", "x:y", "-foo", ":foo", "?foo", "a'b", 'a"b', "50%", "a  b", "--- x", "a!b", "1 2", "x [[Jordan R]]", "a\u00a0", "\u00a0a", "a\u3000",
	"<<", "=", "a\\b", "C:\\dir", "http://x.org/a?b=c#d", "a@b", "f(x)", "😀", "𝔘",
];
const TRICKY_DECLINED_PLAIN = ["a #b", "a: b", "x:", "- x", "-", "? x", ": x", "#c", "&a x", "*a", "!!str 1", "|", ">", "%x", "@x", "`x`", "{a: 1}", "[[Jordan R]]", "a\tb", "a\rb", "\u0085", "\ufeffa", "a\u2028b", "\u0001"];

const PRINTABLE_CHARS = [..."abcXYZ019 .-_:#,'\"\\[]{}!&*?|>%@`~/+=", "é", "ß", "日", "😀", "\u00a0", "\u2003"];
// Characters the fast path leaves to yaml wherever they appear.
const AWKWARD_CHARS = ["\t", "\r", "\u0085", "\u2028", "\ufeff", "\u0000"];
const textOf = (chars: string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((cs) => cs.join(""));
const freeText = textOf([...PRINTABLE_CHARS, ...AWKWARD_CHARS]);
const printableText = textOf(PRINTABLE_CHARS);
const acceptedPlain = fc.constantFrom(...TRICKY_PLAIN);

function singleQuoted(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

const EXTRA_ESCAPES = [String.raw`\x41`, String.raw`\u00e9`, String.raw`\U0001F600`, String.raw`\_`, String.raw`\N`, String.raw`\/`, String.raw`\ `, String.raw`\e`, String.raw`\0`, String.raw`\ud83d\ude00`];
const doubleQuoted = fc.tuple(printableText, fc.constantFrom("", ...EXTRA_ESCAPES)).map(([text, escape]) => `${JSON.stringify(text).slice(0, -1)}${escape}"`);
const quoted = fc.oneof(printableText.map(singleQuoted), doubleQuoted, acceptedPlain.map(singleQuoted), acceptedPlain.map((s) => JSON.stringify(s)), fc.constant('"[[Jordan R]]"'));
const acceptedScalar = fc.oneof({ weight: 3, arbitrary: acceptedPlain }, { weight: 2, arbitrary: quoted });
const anyScalar = fc.oneof(
	{ weight: 4, arbitrary: acceptedScalar },
	{ weight: 1, arbitrary: fc.constantFrom(...TRICKY_DECLINED_PLAIN) },
	{ weight: 1, arbitrary: freeText.filter((s) => s.trim() !== "") },
	{ weight: 1, arbitrary: fc.constantFrom(String.raw`"\q"`, String.raw`"\x4"`, String.raw`"\U00110000"`, "'open", '"open', "'a'b'", '"a" x', "''''") },
);

const spaces = fc.constantFrom("", " ", "  ");
const flowItem = (scalar: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.tuple(spaces, scalar, spaces).map(([a, s, b]) => a + s + b);
const flowList = (scalar: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.array(flowItem(scalar), { maxLength: 4 }).map((items) => `[${items.join(",")}]`);
const declinedFlowList = fc.constantFrom("[x,]", "[x,,y]", "[[x]]", "[x", "[a: b]", "[x:]", "[{a: 1}]", "[a #b]", "[a#b]", "[-, x]", "[? x]", "[12:30]", "[a'b]", "[x] y", "[]#c");

const comment = fc.constantFrom("", "", " # note", "  #", "#stuck", " #😀");
const separatedComment = comment.filter((c) => c === "" || c.startsWith(" "));
// Inside `[...]` a plain item may hold none of these; quoted items may hold anything.
const acceptedFlowScalar = fc.oneof(acceptedPlain.filter((s) => !/[[\]{},:#]/.test(s)), quoted);
const acceptedValue = fc.oneof({ weight: 4, arbitrary: acceptedScalar }, { weight: 1, arbitrary: flowList(acceptedFlowScalar) });
const anyValue = fc.oneof({ weight: 4, arbitrary: anyScalar }, { weight: 1, arbitrary: flowList(anyScalar) }, { weight: 1, arbitrary: declinedFlowList });

const RESERVED_WORDS = /^(?:~|null|true|false)$/i;
const acceptedKey = fc
	.stringMatching(/^[a-z_][a-z0-9_ .-]{0,10}$/)
	.filter((k) => !RESERVED_WORDS.test(k.trim()) && k !== "__proto__")
	.map((k) => k.trimEnd());
const anyKey = fc.oneof(
	{ weight: 8, arbitrary: acceptedKey },
	{ weight: 1, arbitrary: fc.constantFrom("1", "0x1F", "1.5", "1e3", "true", "null", "~", "2026-04-15", "__proto__", "toString", "a  ", "a b", "-a", "ab-") },
	{ weight: 1, arbitrary: fc.constantFrom('"q"', "'q'", "? x", "a:b", ".a", "<<", "a#b", "a #b", " a", "ключ", "a\tb", "---", "...", "&x a", "!!str a", "-", "- a") },
);

const itemIndent = fc.constantFrom("", "  ", "    ");
const blockList = (item: fc.Arbitrary<string>, indent: fc.Arbitrary<string>, after: fc.Arbitrary<string>): fc.Arbitrary<readonly string[]> =>
	fc
		.tuple(indent, fc.array(fc.tuple(item, after), { minLength: 1, maxLength: 4 }))
		.map(([pad, items]) => items.map(([text, c]) => (text === "" ? `${pad}-${c}` : `${pad}- ${text}${isPlain(text) ? "" : c}`)));

/** One property: its lines (a key line, then any list items). */
const acceptedEntry = (key: string): fc.Arbitrary<readonly string[]> =>
	fc.oneof(
		{ weight: 4, arbitrary: fc.tuple(spaces, acceptedValue, separatedComment).map(([pad, value, c]) => [`${key}: ${pad}${value}${isPlain(value) ? "" : c}`]) },
		{ weight: 1, arbitrary: fc.constant([`${key}:`]) },
		{ weight: 2, arbitrary: blockList(fc.oneof(acceptedScalar, fc.constant("")), itemIndent, separatedComment).map((items) => [`${key}:`, ...items]) },
	);

/** The fast path leaves a comment after a plain value to yaml, so the subset has none. */
function isPlain(value: string): boolean {
	return !value.startsWith("'") && !value.startsWith('"') && !value.startsWith("[");
}

const noise = fc.constantFrom("", "# comment", "  # indented comment", "#", "   ");
const declinedLines = fc.constantFrom(
	["  continuation"], ["...", "b: 1"], ["---"], ["%YAML 1.2"], ["? x", ": y"], ["a: |", "  text"], ["a: >-", "  text"], ["a:", "  b: 1"],
	["a:", "  - x", "    - y"], ["a:", "  - x", " - y"], ["a: 'multi", "  line'"], ['a: "multi', '  line"'], ["a: [x,", "  y]"], ["  a: 1"], ["\ta: 1"], ["a: &anchor 1"], ["b: *anchor"],
	["- x"], ["a:", "  - [x, y]"], ["a:", "  - - x"], ["a:", "  - b: 1"], ["a: 1", "  - x"],
);
const anyEntry = (key: string): fc.Arbitrary<readonly string[]> =>
	fc.oneof(
		{ weight: 4, arbitrary: fc.tuple(spaces, anyValue, comment).map(([pad, value, c]) => [`${key}:${pad === "" ? " " : pad}${value}${c}`]) },
		{ weight: 1, arbitrary: fc.tuple(anyValue).map(([value]) => [`${key}:${value}`]) },
		{ weight: 2, arbitrary: blockList(fc.oneof(anyScalar, fc.constant(""), declinedFlowList), fc.oneof(itemIndent, fc.constant("\t")), comment).map((items) => [`${key}:`, ...items]) },
		{ weight: 1, arbitrary: declinedLines },
	);

function assemble(entries: readonly (readonly string[])[], noiseLines: readonly string[], crlf: boolean, ending: string): string {
	const lines: string[] = [];
	entries.forEach((entry, i) => {
		lines.push(...entry);
		const extra = noiseLines[i];
		if (extra !== undefined && extra !== "") lines.push(extra);
	});
	return lines.join(crlf ? "\r\n" : "\n") + ending;
}

const ending = fc.constantFrom("", "\n", "\r\n");
const blockOf = (keys: fc.Arbitrary<string[]>, entry: (key: string) => fc.Arbitrary<readonly string[]>, end: fc.Arbitrary<string>): fc.Arbitrary<string> =>
	keys
		.chain((ks) => fc.tuple(...ks.map(entry)))
		.chain((entries) => fc.tuple(fc.constant(entries), fc.array(noise, { minLength: entries.length, maxLength: entries.length }), fc.boolean(), end))
		.map(([entries, noiseLines, crlf, end]) => assemble(entries, noiseLines, crlf, end));

const acceptedBlock = blockOf(fc.uniqueArray(acceptedKey, { minLength: 1, maxLength: 8 }), acceptedEntry, ending);
const anyBlock = blockOf(fc.array(anyKey, { minLength: 1, maxLength: 6 }), (key) => fc.oneof({ weight: 5, arbitrary: acceptedEntry(key) }, { weight: 1, arbitrary: anyEntry(key) }), fc.constantFrom("", "\n", "\r\n", "\r", "\n\r"));

describe("the flat frontmatter fast path against yaml", () => {
	it("accepts every block of the subset and returns what yaml returns", () => {
		fc.assert(
			fc.property(acceptedBlock, (block) => {
				expect(judge(block)).toBe("agrees");
			}),
			{ numRuns: 3000 },
		);
	});

	it("agrees with yaml or declines on blocks mixing the subset with everything else", () => {
		const verdicts = new Map<string, number>();
		fc.assert(
			fc.property(anyBlock, (block) => {
				const verdict = judge(block);
				verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
				expect(["agrees", "declined"]).toContain(verdict);
			}),
			{ numRuns: 4000 },
		);
		// Both outcomes must be common, or the property checks less than it seems to.
		expect(verdicts.get("agrees")).toBeGreaterThan(400);
		expect(verdicts.get("declined")).toBeGreaterThan(400);
	});

	it("declines or agrees on each tricky scalar, in every position", () => {
		const scalars = [...TRICKY_PLAIN, ...TRICKY_DECLINED_PLAIN];
		for (const s of scalars) {
			for (const block of [`a: ${s}`, `a: [${s}]`, `a: [x, ${s} ]`, `a:\n  - ${s}`, `a:\n- ${s}\nb: 1`, `${s}: 1`, `a: ${s} # c`, `a: ${singleQuoted(s)}`, `a: ${JSON.stringify(s)}`]) {
				expect([block, judge(block)]).toEqual([block, expect.stringMatching(/^(?:agrees|declined)$/)]);
			}
		}
	});
});

describe("the flat frontmatter fast path on large input", () => {
	it("reads 100,000 lines and leaves a 5 MB numeral to yaml", () => {
		const lines = Array.from({ length: 100_000 }, (_, i) => `k${i}: value ${i}`).join("\n");
		const huge = "1".repeat(5_000_000);
		expect(Object.keys(parseFlatYaml(lines) ?? {})).toHaveLength(100_000);
		expect(parseFlatYaml(`a: ${huge}`)).toBeUndefined();
		expect(parseFlatYaml(`a: [${huge}]`)).toBeUndefined();
		expect(parseFlatYaml(`a: x${huge}`)).toEqual({ a: `x${huge}` });
		expect(parseFlatYaml(`a: "${huge}`)).toBeUndefined();
		expect(parseFlatYaml(`a: [${"x,".repeat(100_000)}x]`)?.a).toHaveLength(100_001);
	});
});
