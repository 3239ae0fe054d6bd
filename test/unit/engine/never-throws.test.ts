import * as fc from "fast-check";
import { analyseCase } from "../../../src/domain/engine/analyse-case";
import type { CaseBundle } from "../../../src/domain/model/case-bundle";
import { isoFromDay, type DateValue } from "../../../src/domain/model/dates";
import type { LinkRef } from "../../../src/domain/model/links";
import type { CaseRecord, EventRecord, PersonRecord, SessionRecord } from "../../../src/domain/model/records";
import {
	CASE_STATUSES,
	CONTACT_FREQUENCIES,
	DISPUTE_STAGES,
	GRIEF_MARKERS,
	EVENT_CATEGORIES,
	EVENT_TYPES,
	HOMEWORK_REVIEWS,
	ABSENCE_REASONS,
	MEASURES,
	PERSON_STATUSES,
	PROBLEM_AREAS,
	PROTOCOLS,
	SESSION_PHASES,
	TASKS,
} from "../../../src/domain/model/vocabulary";
import { parseEngineSettings } from "../../../src/domain/settings/engine-settings";

// Whatever the record types allow, not only what the parser produces: odd numbers,
// far-apart dates, duplicate session numbers, dangling links.
const anyNumber = fc.oneof(fc.integer({ min: -3, max: 60 }), fc.integer(), fc.double());
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const dayRange = { min: -800_000, max: 3_000_000 };

const realDate: fc.Arbitrary<DateValue> = fc
	.tuple(fc.integer(dayRange), fc.boolean())
	.map(([day, month]) => (month ? { text: isoFromDay(day).slice(0, 7), day, precision: "month" as const } : { text: isoFromDay(day), day, precision: "day" as const }));
const oddDate: fc.Arbitrary<DateValue> = fc.record({ text: fc.string(), day: fc.oneof(fc.integer(), fc.double()), precision: fc.constantFrom("day" as const, "month" as const) });
const dateValue = maybe(fc.oneof({ weight: 5, arbitrary: realDate }, { weight: 1, arbitrary: oddDate }));

const paths = ["Jo/Mum.md", "Jo/People/Mum.md", "Jo/Sam.md", "Al/Sam.md", "x.md"];
const path = fc.oneof(fc.constantFrom(...paths), fc.string());
const linkRef: fc.Arbitrary<LinkRef> = fc.record({ target: fc.oneof(fc.constantFrom("Mum", "sam", "Jo/Mum", "Mum.md", ""), fc.string()), unquoted: fc.boolean() });
const base = { path, aliases: fc.array(fc.string(), { maxLength: 2 }), caseLink: maybe(linkRef) };

const person: fc.Arbitrary<PersonRecord> = fc.record({
	...base,
	kind: fc.constant("person" as const),
	name: fc.oneof(fc.constantFrom("Mum", "Sam"), fc.string()),
	role: maybe(fc.string()),
	circle: maybe(anyNumber),
	contact: maybe(fc.constantFrom(...CONTACT_FREQUENCIES)),
	support: maybe(anyNumber),
	conflict: maybe(anyNumber),
	status: fc.constantFrom(...PERSON_STATUSES),
	died: dateValue,
	griefMarkers: fc.array(fc.constantFrom(...GRIEF_MARKERS), { maxLength: 3 }),
	disputeStage: maybe(fc.constantFrom(...DISPUTE_STAGES)),
	expectationsReciprocal: maybe(fc.boolean()),
	confidant: maybe(fc.boolean()),
	related: fc.array(linkRef, { maxLength: 3 }),
});

const event: fc.Arbitrary<EventRecord> = fc.record({
	...base,
	kind: fc.constant("event" as const),
	date: dateValue,
	type: maybe(fc.constantFrom(...EVENT_TYPES)),
	category: maybe(fc.constantFrom(...EVENT_CATEGORIES)),
	people: fc.array(linkRef, { maxLength: 3 }),
});

const scores = fc.dictionary(fc.constantFrom(...MEASURES), anyNumber, { maxKeys: 4 });
const session: fc.Arbitrary<SessionRecord> = fc.record({
	...base,
	kind: fc.constant("session" as const),
	session: maybe(fc.oneof(fc.integer({ min: 1, max: 20 }), anyNumber)),
	date: dateValue,
	phase: maybe(fc.constantFrom(...SESSION_PHASES)),
	focus: fc.array(fc.constantFrom(...PROBLEM_AREAS), { maxLength: 3 }),
	tasks: fc.array(fc.constantFrom(...TASKS), { maxLength: 4 }),
	scores,
	phq9Items: maybe(fc.array(anyNumber, { maxLength: 10 })),
	gad7Items: maybe(fc.array(anyNumber, { maxLength: 8 })),
	hamdItem3: maybe(anyNumber),
	epdsItem10: maybe(anyNumber),
	safety: fc.array(
		fc.record({
			measure: fc.constantFrom("phq9" as const, "hamd" as const, "epds" as const),
			item: fc.integer({ min: 1, max: 10 }),
			key: fc.string(),
			raw: fc.string(),
			score: maybe(fc.integer({ min: 0, max: 4 })),
		}),
		{ maxLength: 3 },
	),
	homework: fc.array(fc.string(), { maxLength: 2 }),
	homeworkReview: maybe(fc.constantFrom(...HOMEWORK_REVIEWS)),
	riskReviewed: fc.boolean(),
	absence: maybe(fc.record({ reason: maybe(fc.constantFrom(...ABSENCE_REASONS)) })),
});

const caseRecord: fc.Arbitrary<CaseRecord> = fc.record({
	path,
	aliases: fc.array(fc.string(), { maxLength: 2 }),
	kind: fc.constant("case" as const),
	client: fc.string(),
	status: fc.constantFrom(...CASE_STATUSES),
	protocol: fc.constantFrom(...PROTOCOLS),
	plannedSessions: maybe(anyNumber),
	maintenanceSessions: maybe(anyNumber),
	maintenanceInterval: maybe(anyNumber),
	start: dateValue,
	onset: dateValue,
	focus: fc.array(fc.constantFrom(...PROBLEM_AREAS), { maxLength: 5 }),
	measure: fc.constantFrom(...MEASURES),
	diagnosis: fc.array(fc.string(), { maxLength: 2 }),
	fictional: fc.boolean(),
});

const caseBundle: fc.Arbitrary<CaseBundle> = fc.record({
	path,
	record: caseRecord,
	people: fc.array(person, { maxLength: 8 }),
	events: fc.array(event, { maxLength: 8 }),
	sessions: fc.array(session, { maxLength: 20 }),
	supervision: fc.constant([]),
});

const settings = fc
	.record(
		{
			windowMonths: fc.oneof(fc.integer({ min: 1, max: 120 }), anyNumber),
			closeCircleMax: anyNumber,
			scheme: fc.constantFrom("four-areas", "three-areas", "x"),
			protocols: fc.record({ standard: fc.record({ planned: anyNumber, initial: anyNumber, final: anyNumber }) }),
		},
		{ requiredKeys: [] },
	)
	.map((raw) => parseEngineSettings(raw).settings);

const today = fc.integer({ min: 0, max: 2_932_896 }).map(isoFromDay);

describe("analyseCase", () => {
	it("never throws on a bundle the record types allow, and keeps its promises", () => {
		fc.assert(
			fc.property(caseBundle, settings, today, (bundle, engineSettings, realToday) => {
				const analysis = analyseCase(bundle, engineSettings, realToday);
				const areas = analysis.flags.map((f) => f.area);
				expect(areas).toEqual(PROBLEM_AREAS.filter((a) => areas.includes(a)));
				expect(analysis.flags.every((f) => f.evidence.length > 0)).toBe(true);
				const reviewed = analysis.safety.map((s) => s.reviewed);
				expect(reviewed).toEqual([...reviewed].sort((a, b) => Number(a) - Number(b)));
				// Every positive or unreadable answer is raised, once.
				const raised = bundle.sessions.flatMap((s) => s.safety).filter((r) => r.score === null || r.score >= 1).length;
				expect(analysis.safety).toHaveLength(raised);
			}),
			{ numRuns: 500 },
		);
	});
});
