import { analyse, d, session } from "./builders";

const phq9Items = (item9: number) => [1, 1, 1, 1, 1, 1, 1, 1, item9];

describe("safety", () => {
	it("flags a positive PHQ-9 item 9 with the item's own score, not the total", () => {
		const s = session(2, { date: d("2026-01-12"), scores: { phq9: 16 }, phq9Items: phq9Items(2) });
		expect(analyse({ sessions: [s] }).safety).toEqual([
			// REAL_TODAY is 2026-09-01: 232 days after the session.
			{ measure: "phq9", item: 9, key: "phq9_items", score: 2, raw: "2", reason: "positive", session: 2, date: "2026-01-12", path: s.path, reviewed: false, raisedDaysAgo: 232 },
		]);
	});

	it("flags HAM-D item 3 and EPDS item 10, and nothing for a zero item", () => {
		const s = session(1, { hamdItem3: 1, epdsItem10: 3, phq9Items: phq9Items(0) });
		expect(analyse({ sessions: [s] }).safety.map((i) => [i.measure, i.item, i.score])).toEqual([
			["hamd", 3, 1],
			["epds", 10, 3],
		]);
		expect(analyse({ sessions: [session(1, { hamdItem3: 0, epdsItem10: 0, phq9Items: [3, 3] })] }).safety).toEqual([]);
	});

	it("is reviewed when the same session records the review", () => {
		expect(analyse({ sessions: [session(3, { epdsItem10: 1, riskReviewed: true })] }).safety[0]?.reviewed).toBe(true);
	});

	it("stays open when only another note of the same session number records a review: it may predate the item", () => {
		const sessions = [session(3, { epdsItem10: 1 }), session(3, { path: "Clients/Jo/Sessions/Session 03 notes.md", riskReviewed: true })];
		expect(analyse({ sessions }).safety[0]?.reviewed).toBe(false);
	});

	it("is reviewed when a later session records the review", () => {
		expect(analyse({ sessions: [session(3, { epdsItem10: 1 }), session(4, { riskReviewed: true })] }).safety[0]?.reviewed).toBe(true);
	});

	it("stays open when only an earlier session recorded a review", () => {
		expect(analyse({ sessions: [session(2, { riskReviewed: true }), session(3, { epdsItem10: 1 })] }).safety[0]?.reviewed).toBe(false);
	});

	it("lists open items first, then reviewed ones, each newest session first", () => {
		const sessions = [
			session(1, { hamdItem3: 2 }),
			session(2, { phq9Items: phq9Items(1), riskReviewed: true }),
			session(3, { phq9Items: phq9Items(1) }),
			session(4, { epdsItem10: 1 }),
			session(5, { phq9Items: phq9Items(3), hamdItem3: 1 }),
		];
		expect(analyse({ sessions }).safety.map((i) => [i.session, i.measure, i.reviewed])).toEqual([
			[5, "phq9", false],
			[5, "hamd", false],
			[4, "epds", false],
			[3, "phq9", false],
			[2, "phq9", true],
			[1, "hamd", true],
		]);
	});

	it("lists a positive item of a session without a number, first in its group", () => {
		const unnumbered = session(null, { date: d("2026-02-01"), phq9Items: phq9Items(1) });
		const sessions = [session(1, { date: d("2026-01-05"), epdsItem10: 2 }), unnumbered];
		expect(analyse({ sessions }).safety.map((i) => [i.session, i.measure, i.reviewed])).toEqual([
			[null, "phq9", false],
			[1, "epds", false],
		]);
	});

	it("judges reviews by date when one of the two sessions has no number", () => {
		const flagged = session(null, { date: d("2026-02-01"), phq9Items: phq9Items(1) });
		const reviewLater = session(6, { date: d("2026-02-08"), riskReviewed: true });
		const reviewEarlier = session(5, { date: d("2026-01-25"), riskReviewed: true });
		expect(analyse({ sessions: [flagged, reviewLater] }).safety[0]?.reviewed).toBe(true);
		expect(analyse({ sessions: [flagged, reviewEarlier] }).safety[0]?.reviewed).toBe(false);
		const numbered = session(4, { date: d("2026-02-01"), epdsItem10: 1 });
		expect(analyse({ sessions: [numbered, session(null, { date: d("2026-02-02"), riskReviewed: true })] }).safety[0]?.reviewed).toBe(true);
		expect(analyse({ sessions: [numbered, session(null, { riskReviewed: true })] }).safety[0]?.reviewed).toBe(false);
	});
});
