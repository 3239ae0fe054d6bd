import * as fc from "fast-check";
import { NOTE_KINDS } from "../../../src/domain/model/vocabulary";
import { parseNote } from "../../../src/domain/parse-note";

const KNOWN_KEYS = [
	"client", "status", "protocol", "planned_sessions", "start", "onset", "focus", "measure", "diagnosis",
	"case", "name", "role", "circle", "contact", "support", "conflict", "died", "dispute_stage", "expectations_reciprocal", "confidant", "related",
	"date", "type", "people",
	"session", "phase", "tasks", "phq9", "phq9_items", "gad7", "gad7_items", "hamd", "hamd_item3", "epds", "epds_item10", "homework", "homework_review", "risk_reviewed",
];

/** A known key with one slip: a letter dropped, doubled or upper-cased, or separators changed. */
const misspeltKey = fc
	.tuple(fc.constantFrom(...KNOWN_KEYS), fc.nat(), fc.constantFrom("drop", "double", "upper", "camel"))
	.map(([key, at, slip]) => {
		const i = at % key.length;
		if (slip === "drop") return key.slice(0, i) + key.slice(i + 1);
		if (slip === "double") return key.slice(0, i) + (key[i] ?? "") + key.slice(i);
		if (slip === "upper") return key.toUpperCase();
		return key.replace(/_(.)/g, (_m, c: string) => c.toUpperCase());
	});

const key = fc.oneof(
	{ arbitrary: fc.constantFrom(...KNOWN_KEYS), weight: 6 },
	{ arbitrary: misspeltKey, weight: 2 },
	{ arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "aliases", "tags", "ipt", ""), weight: 2 },
	{ arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

let deep: unknown = "bottom";
for (let i = 0; i < 5000; i++) deep = [deep];

const oddValue = fc.oneof(
	fc.anything({
		maxDepth: 3,
		withBigInt: true,
		withBoxedValues: true,
		withDate: true,
		withMap: true,
		withNullPrototype: true,
		withObjectString: true,
		withSet: true,
		withSparseArray: true,
		withTypedArray: true,
	}),
	fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, -Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 1e308, deep, new Date(Number.NaN)),
	fc.constantFrom("[[Ann]]", "2026-02-30", "2026-03", "3", " true ", "Grief", "loss", "not-done", "", "   ", "x".repeat(100_000)),
	fc.array(fc.integer({ min: -2, max: 5 }), { maxLength: 11 }),
	fc.array(fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }), { maxLength: 3 }),
	fc.integer({ min: -5, max: 60 }),
	fc.date({ noInvalidDate: false }),
);

const iptValue = fc.oneof(
	{ arbitrary: fc.constantFrom(...NOTE_KINDS), weight: 6 },
	{ arbitrary: fc.constantFrom("CASE", " Person ", "sesion", "note", null, ""), weight: 2 },
	{ arbitrary: oddValue, weight: 1 },
);

/** Own properties only, defined so that `__proto__` is a key like any other. */
function objectOf(entries: readonly (readonly [string, unknown])[], prototype: object | null): Record<string, unknown> {
	const object = Object.create(prototype) as Record<string, unknown>;
	for (const [k, v] of entries) Object.defineProperty(object, k, { value: v, enumerable: true, configurable: true, writable: true });
	return object;
}

const frontmatter = fc.oneof(
	{
		arbitrary: fc
			.tuple(fc.option(iptValue, { nil: undefined }), fc.array(fc.tuple(key, oddValue), { maxLength: 12 }), fc.boolean())
			.map(([ipt, entries, nullPrototype]) => objectOf(ipt === undefined ? entries : [["ipt", ipt], ...entries], nullPrototype ? null : Object.prototype)),
		weight: 10,
	},
	{ arbitrary: oddValue, weight: 1 },
);

const path = fc.oneof(fc.constant("Clients/Jordan R/Sam.md"), fc.string({ maxLength: 30 }));

describe("parseNote on anything", () => {
	test("never throws, and returns a well-formed result", () => {
		fc.assert(
			fc.property(path, frontmatter, fc.constantFrom(undefined, 3 as const, 4 as const), (notePath, fm, rings) => {
				const parsed = parseNote(notePath, fm, rings === undefined ? undefined : { rings });
				expect(parsed.path).toBe(notePath);
				expect(parsed.kind === null || NOTE_KINDS.includes(parsed.kind)).toBe(true);
				expect(parsed.record === null).toBe(parsed.kind === null);
				if (parsed.record !== null) {
					expect(parsed.record.kind).toBe(parsed.kind);
					expect(parsed.record.path).toBe(notePath);
					expect(parsed.record.aliases.every((alias) => typeof alias === "string")).toBe(true);
				}
				const hasIpt = typeof fm === "object" && fm !== null && !Array.isArray(fm) && Object.prototype.hasOwnProperty.call(fm, "ipt");
				// Without ipt only safety answers (and a spelling of ipt) are worth a word.
				if (!hasIpt && parsed.kind === null && parsed.safety.length === 0) expect(parsed.diagnostics).toEqual([]);
				for (const reading of parsed.safety) expect(reading.score === null || (Number.isInteger(reading.score) && reading.score >= 0)).toBe(true);
				for (const d of parsed.diagnostics) {
					expect(typeof d.path).toBe("string");
					expect(d.path).toBe(notePath);
					expect(typeof d.field).toBe("string");
					expect(["error", "warning"]).toContain(d.severity);
					expect(typeof d.message).toBe("string");
					expect(d.message.startsWith(`${d.field}: `)).toBe(true);
					expect(d.message.length).toBeLessThan(600);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	test("records hold only the types the record promises", () => {
		fc.assert(
			fc.property(frontmatter, (fm) => {
				const record = parseNote("n.md", fm).record;
				if (record === null) return;
				const isCount = (n: number | null) => n === null || Number.isSafeInteger(n);
				switch (record.kind) {
					case "case":
						expect(typeof record.client).toBe("string");
						expect(record.client.length).toBeGreaterThan(0);
						expect(record.plannedSessions === null || (record.plannedSessions >= 1 && record.plannedSessions <= 52)).toBe(true);
						expect(new Set(record.focus).size).toBe(record.focus.length);
						expect(record.diagnosis.every((d) => typeof d === "string")).toBe(true);
						break;
					case "person":
						expect(record.circle === null || (record.circle >= 1 && record.circle <= 3)).toBe(true);
						expect(isCount(record.support) && isCount(record.conflict)).toBe(true);
						if (record.died !== null) expect(record.status).toBe("deceased");
						expect(record.related.every((link) => typeof link.target === "string" && link.target !== "")).toBe(true);
						break;
					case "event":
						expect(record.category === null).toBe(record.type === null);
						break;
					case "session":
						expect(record.session === null || (Number.isSafeInteger(record.session) && record.session >= 0)).toBe(true);
						expect(record.phq9Items === null || record.phq9Items.length === 9).toBe(true);
						expect(record.gad7Items === null || record.gad7Items.length === 7).toBe(true);
						for (const total of Object.values(record.scores)) expect(Number.isSafeInteger(total) && total >= 0).toBe(true);
						expect(typeof record.riskReviewed).toBe("boolean");
						break;
				}
			}),
			{ numRuns: 1000 },
		);
	});
});
