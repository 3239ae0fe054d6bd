import type { Timeline } from "../../../src/domain/engine/analysis";
import { plainNames, privacyNames, withoutDatePrefix } from "../../../src/domain/privacy/case-names";
import { timelineModel } from "../../../src/domain/views/timeline-model";
import { analyse, bundle, d, event, person, timing } from "../engine/builders";
import { namesShown } from "./shown-text";

// Onset 2026-03-15, today 2026-05-01: the window runs from 2025-03-15.
const parts = {
	...timing,
	people: [person("Sam", { role: "partner" })],
	events: [
		event("2026-01-10 Sam moved out", "separation", "2026-01-10"),
		event("2019-03-10 Grandad died", "death", "2019-03-10"),
		event("2024-09-01 New job", "new-job", "2024-09-01"),
		event("2026-04-20 Other thing", "other", "2026-04-20"),
	],
};

function model(names = plainNames(bundle(parts))) {
	return timelineModel(analyse(parts).timeline, names);
}

describe("timelineModel", () => {
	it("lists the events by date with their type, category and whether they fall in the window", () => {
		expect(model().events.map((e) => [e.date, e.type, e.category, e.inWindow, e.link.text])).toEqual([
			["2019-03-10", "Death", "death", false, "Grandad died"],
			["2024-09-01", "New job (transition)", "transition", false, "New job"],
			["2026-01-10", "Separation (transition)", "transition", true, "Sam moved out"],
			["2026-04-20", "Other", "other", true, "Other thing"],
		]);
	});

	it("lays the axis from a year before the window to today, an earlier event pinned to its start", () => {
		const { events, window, onset } = model();
		expect(window).toMatchObject({ from: "2025-03-15", to: "2026-05-01", end: 1 });
		expect(window?.start).toBeGreaterThan(0.45);
		expect(window?.start).toBeLessThan(0.55);
		expect(events[0]).toMatchObject({ at: 0, before: true });
		expect(events[1]?.before).toBe(false);
		expect(events[1]?.at).toBeGreaterThan(0);
		expect(onset).toMatchObject({ date: "2026-03-15", source: "the case's onset" });
		expect(onset?.at).toBeGreaterThan(events[2]?.at ?? 1);
		expect(onset?.at).toBeLessThan(events[3]?.at ?? 0);
	});

	it("starts the axis at the window when no event is earlier, with month ticks on it", () => {
		const later = { ...timing, events: [event("2026-04-20 Other thing", "other", "2026-04-20")] };
		const result = timelineModel(analyse(later).timeline, plainNames(bundle(later)));
		expect(result.window?.start).toBe(0);
		expect(result.ticks.length).toBeGreaterThan(1);
		expect(result.ticks.every((tick) => tick.at >= 0 && tick.at <= 1)).toBe(true);
	});

	it("says where the onset came from and copes with no onset at all", () => {
		const bare: Timeline = { onset: null, onsetSource: null, windowStart: null, windowEnd: "2026-05-01", entries: [] };
		expect(timelineModel(bare, plainNames(bundle({})))).toMatchObject({ events: [], onset: null, window: null });
		const fromStart = { record: { start: d("2026-02-01") }, sessions: timing.sessions };
		expect(timelineModel(analyse(fromStart).timeline, plainNames(bundle(fromStart))).onset?.source).toBe("the case's start date (no onset given)");
	});

	it("shows event types instead of file names in privacy mode", () => {
		const result = model(privacyNames(bundle(parts)));
		expect(result.events.map((e) => e.link.text)).toEqual(["Death", "New job", "Separation", "Other"]);
		expect(namesShown(result, ["Sam", "Grandad"])).toEqual([]);
	});

	it("drops a leading date from a title, unless nothing would be left", () => {
		expect(withoutDatePrefix("2026-03-28 Dad moved out")).toBe("Dad moved out");
		expect(withoutDatePrefix("2026-03 Dad moved out")).toBe("Dad moved out");
		expect(withoutDatePrefix("2019 death")).toBe("death");
		expect(withoutDatePrefix("2026-03-28 - Dad moved out")).toBe("Dad moved out");
		expect(withoutDatePrefix("2026-03-28 \u2013 Dad moved out")).toBe("Dad moved out");
		expect(withoutDatePrefix("2026-03-28")).toBe("2026-03-28");
		expect(withoutDatePrefix("Dad moved out")).toBe("Dad moved out");
	});
});
