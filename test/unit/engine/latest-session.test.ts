import { latestSession } from "../../../src/domain/engine/latest-session";
import { d, session } from "./builders";

describe("latestSession", () => {
	it("is null for a case without sessions", () => {
		expect(latestSession([])).toBeNull();
	});

	it("is the highest session number, whatever the order of the notes or their dates", () => {
		const sessions = [session(3, { date: d("2026-03-20") }), session(7, { date: d("2026-03-01") }), session(5)];
		expect(latestSession(sessions)?.session).toBe(7);
	});

	it("places a session without a number by its date, after the numbered ones held before it", () => {
		const unnumbered = session(null, { date: d("2026-03-10") });
		expect(latestSession([session(1, { date: d("2026-03-01") }), unnumbered, session(2, { date: d("2026-03-08") })])).toBe(unnumbered);
		expect(latestSession([session(1, { date: d("2026-03-01") }), unnumbered, session(2, { date: d("2026-03-17") })])?.session).toBe(2);
	});

	it("keeps an undated numbered session in its number's place; a dated one without a number goes after those held before it", () => {
		const unnumbered = session(null, { date: d("2026-03-10") });
		expect(latestSession([session(4), unnumbered])?.session).toBe(4);
		expect(latestSession([session(1, { date: d("2026-03-01") }), session(2), unnumbered])?.session).toBe(2);
	});

	it("takes a session with neither number nor date only when there is nothing else", () => {
		const unknown = session(null);
		expect(latestSession([unknown, session(1)])?.session).toBe(1);
		expect(latestSession([unknown, session(null, { path: "Clients/Jo/Sessions/Talk.md", date: d("2026-01-01") })])?.path).toBe("Clients/Jo/Sessions/Talk.md");
		expect(latestSession([unknown])).toBe(unknown);
	});

	it("breaks a tie of two notes of one session number by the later date, then the later path", () => {
		const early = session(6, { path: "Clients/Jo/Sessions/Session 06.md", date: d("2026-04-01") });
		const late = session(6, { path: "Clients/Jo/Sessions/Session 06 notes.md", date: d("2026-04-02") });
		expect(latestSession([late, early])).toBe(late);
		const a = session(6, { path: "Clients/Jo/Sessions/A.md" });
		const b = session(6, { path: "Clients/Jo/Sessions/B.md" });
		expect(latestSession([b, a])).toBe(b);
		expect(latestSession([a, b])).toBe(b);
	});
});
