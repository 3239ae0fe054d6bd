import { plainNames } from "../../../src/domain/privacy/case-names";
import { headerModel, sessionProgress } from "../../../src/domain/views/header-model";
import { phaseBarModel } from "../../../src/domain/views/phase-bar-model";
import { analyse, bundle, session, weeklySessions } from "../engine/builders";

describe("headerModel", () => {
	it("names the client, status, protocol and measure, and where the case is", () => {
		const parts = { record: { client: "Jo", protocol: "adolescent" as const, plannedSessions: 12 }, sessions: weeklySessions(7, "2026-01-01") };
		expect(headerModel(bundle(parts), analyse(parts), plainNames(bundle(parts)))).toEqual({
			client: { path: bundle(parts).path, text: "Jo" },
			status: "Active",
			protocol: "Adolescent (IPT-A)",
			measure: "PHQ-9",
			progress: "Session 7 of 12 – middle phase",
			notHeld: null,
		});
	});

	it.each([
		[{}, "No sessions yet"],
		[{ sessions: weeklySessions(14, "2026-01-01") }, "Session 14 of 16"],
		[{ sessions: weeklySessions(17, "2026-01-01") }, "Session 17 of 16"],
		[{ record: { status: "maintenance" as const }, sessions: weeklySessions(18, "2026-01-01") }, "Session 18"],
	])("reads the progress of %j as %s", (parts, expected) => {
		expect(sessionProgress(analyse(parts))).toBe(expected);
	});

	it("says maintenance without the word phase", () => {
		const parts = { record: { status: "maintenance" as const }, sessions: [session(17)] };
		expect(headerModel(bundle(parts), analyse(parts), plainNames(bundle(parts))).progress).toBe("Session 17 – maintenance");
	});
});

describe("phaseBarModel", () => {
	it("splits the bar by the protocol's spans and marks the current session's slot", () => {
		const model = phaseBarModel(analyse({ sessions: weeklySessions(7, "2026-01-01") }));
		expect(model.spans.map((span) => [span.label, span.sessions, span.range, span.start, span.width, span.current])).toEqual([
			["Initial", "Sessions 1 to 3", "1–3", 0, 3 / 16, false],
			["Middle", "Sessions 4 to 13", "4–13", 3 / 16, 10 / 16, true],
			["Final", "Sessions 14 to 16", "14–16", 13 / 16, 3 / 16, false],
		]);
		expect(model.marker).toEqual({ at: 6.5 / 16, label: "Session 7" });
	});

	it("has no marker before the first session, and stretches to sessions held beyond the plan", () => {
		expect(phaseBarModel(analyse({})).marker).toBeNull();
		const over = phaseBarModel(analyse({ record: { protocol: "brief" }, sessions: weeklySessions(10, "2026-01-01") }));
		expect(over.spans[over.spans.length - 1]).toMatchObject({ sessions: "Sessions 7 to 10", current: true });
		expect(over.marker?.at).toBeCloseTo(9.5 / 10);
	});

	it("marks no span current in maintenance", () => {
		const model = phaseBarModel(analyse({ record: { status: "maintenance" }, sessions: weeklySessions(4, "2026-01-01") }));
		expect(model.spans.some((span) => span.current)).toBe(false);
	});
});
