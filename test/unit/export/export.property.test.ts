// Whatever the names, a de-identified export is either refused or free of them.
import * as fc from "fast-check";
import { analyseCase } from "../../../src/domain/engine/analyse-case";
import { namesNoOneAlone } from "../../../src/domain/privacy/everyday-words";
import { foldName } from "../../../src/domain/privacy/reading";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { bundle, d, event, person, session } from "../engine/builders";
import { namesIn, run } from "./export-support";

const word = fc.stringMatching(/^[A-ZÀ-Ý][a-zà-ÿ]{2,7}$/);
const name = fc.oneof(word, fc.tuple(word, word).map(([first, last]) => `${first} ${last}`));
const ROLES = ["mother", "friend", "partner", "boss", "", "brother"];

const caseOf = fc.record({
	client: name,
	alias: name,
	people: fc.array(fc.record({ name, alias: name, role: fc.constantFrom(...ROLES), namedRole: fc.boolean(), circle: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 4 }),
	homework: name,
});

it("never throws, and either refuses or leaves none of the names, their parts or aliases", () => {
	let written = 0;
	fc.assert(
		fc.property(caseOf, (generated) => {
			const people = generated.people.map((p, i) =>
				person(`P${i} ${p.name}`, { name: p.name, aliases: [p.alias], circle: p.circle, role: p.namedRole ? `${generated.client.toLowerCase()}'s ${p.role || "friend"}` : p.role, conflict: i % 4 }),
			);
			const loaded = bundle({
				record: { client: generated.client, aliases: [generated.alias] },
				people,
				events: [event(`2026-05-01 Row with ${people[0]?.name ?? "x"}`, "conflict", "2026-05-01")],
				sessions: [session(1, { date: d("2026-06-01"), scores: { phq9: 12 }, homework: [`Call ${generated.people[0]?.alias ?? ""} about ${generated.client}`] })],
			});
			const result = run({ bundle: loaded, analysis: analyseCase(loaded, DEFAULT_ENGINE_SETTINGS, "2026-06-01"), bodies: new Map() }, { includeBodies: true });
			if ("refused" in result) return;
			written += 1;
			const names = [generated.client, generated.alias, ...generated.people.flatMap((p) => [p.name, p.alias])];
			// A name of one letter ("A÷÷") names no one, and the export leaves it, as known-names.ts says.
			const identifying = (n: string): boolean => (n.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2;
			// A grammatical word or particle ("Own", "La") names no one alone, as everyday-words.ts says.
			const words = names.flatMap((n) => n.split(" ")).filter((w) => !namesNoOneAlone(foldName(w)));
			for (const file of result.files) expect([file.name, namesIn(file.text, [...names, ...words].filter(identifying))]).toEqual([file.name, []]);
		}),
		{ numRuns: 80 },
	);
	// The property says something only if most exports go through.
	expect(written).toBeGreaterThan(40);
});
