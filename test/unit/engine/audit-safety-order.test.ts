// ipt-rules.md, Safety: "The list holds open flags first, then reviewed ones, each group
// newest session first." A session note without a number still has a date, and the date
// places it among the numbered sessions: an old unnumbered note is not the newest.
import { analyse, d, session } from "./builders";

const phq9Items = (item9: number) => [1, 1, 1, 1, 1, 1, 1, 1, item9];

describe("safety order with a session note that has no number", () => {
	it("places a dated note without a number by its date among the numbered sessions", () => {
		const old = session(null, { date: d("2026-01-20"), phq9Items: phq9Items(1) });
		const sessions = [
			session(2, { date: d("2026-01-12"), epdsItem10: 1 }),
			old,
			session(3, { date: d("2026-01-26") }),
			session(5, { date: d("2026-02-09"), hamdItem3: 2 }),
		];
		expect(analyse({ sessions }).safety.map((i) => [i.session, i.date, i.measure])).toEqual([
			[5, "2026-02-09", "hamd"],
			[null, "2026-01-20", "phq9"],
			[2, "2026-01-12", "epds"],
		]);
	});

	it("keeps an undated note without a number first in its group, since its place is unknown", () => {
		const sessions = [session(4, { date: d("2026-02-02"), epdsItem10: 1 }), session(null, { phq9Items: phq9Items(2) })];
		expect(analyse({ sessions }).safety.map((i) => i.session)).toEqual([null, 4]);
	});

	it("orders notes without a number that fall between the same sessions by date, newest first", () => {
		const sessions = [
			session(1, { date: d("2026-01-05") }),
			session(null, { path: "a.md", date: d("2026-01-07"), epdsItem10: 1 }),
			session(null, { path: "b.md", date: d("2026-01-09"), epdsItem10: 2 }),
		];
		expect(analyse({ sessions }).safety.map((i) => i.path)).toEqual(["b.md", "a.md"]);
	});
});
