import { Component, debounce, Events, getFrontMatterInfo, getLinkpath, Notice, parseLinktext, parseYaml, stringifyYaml } from "../fake-obsidian";

describe("debounce", () => {
	beforeEach(() => jest.useFakeTimers());
	afterEach(() => jest.useRealTimers());

	it("folds a burst into one call with the last arguments, timed from the first call", () => {
		const calls: number[] = [];
		const debounced = debounce((n: number) => calls.push(n), 100);
		debounced(1);
		jest.advanceTimersByTime(60);
		debounced(2);
		jest.advanceTimersByTime(40);
		expect(calls).toEqual([2]);
	});

	it("restarts the wait on each call with resetTimer", () => {
		const calls: number[] = [];
		const debounced = debounce((n: number) => calls.push(n), 100, true);
		debounced(1);
		jest.advanceTimersByTime(60);
		debounced(2);
		jest.advanceTimersByTime(60);
		expect(calls).toEqual([]);
		jest.advanceTimersByTime(40);
		expect(calls).toEqual([2]);
	});

	it("cancels a pending call, or runs it now", () => {
		const calls: number[] = [];
		const debounced = debounce((n: number) => calls.push(n) * 10, 100);
		debounced(1).cancel();
		jest.advanceTimersByTime(200);
		expect(calls).toEqual([]);
		debounced(2);
		expect(debounced.run()).toBe(10);
		expect(debounced.run()).toBeUndefined();
		jest.advanceTimersByTime(200);
		expect(calls).toEqual([2]);
	});
});

describe("Events", () => {
	it("calls handlers with their context until they are removed", () => {
		const events = new Events();
		const seen: unknown[] = [];
		const context = { name: "ctx" };
		const ref = events.on("ping", function (this: typeof context, value: number) {
			seen.push([this.name, value]);
		}, context);
		const plain = (value: number): void => {
			seen.push(value);
		};
		events.on("ping", plain);
		events.trigger("ping", 1);
		events.offref(ref);
		events.off("ping", plain);
		events.trigger("ping", 2);
		expect(seen).toEqual([["ctx", 1], 1]);
	});

	it("keeps calling other handlers when one throws, and rethrows its error on a later task", () => {
		jest.useFakeTimers();
		const events = new Events();
		const seen: string[] = [];
		events.on("ping", () => {
			throw new Error("handler failed");
		});
		events.on("ping", () => seen.push("second"));
		expect(() => events.trigger("ping")).not.toThrow();
		expect(seen).toEqual(["second"]);
		expect(() => jest.runAllTimers()).toThrow("handler failed");
		jest.useRealTimers();
	});
});

describe("Component", () => {
	class Recorder extends Component {
		constructor(
			private readonly name: string,
			private readonly journal: string[],
		) {
			super();
		}

		override onload(): void {
			this.journal.push(`load ${this.name}`);
		}

		override onunload(): void {
			this.journal.push(`unload ${this.name}`);
		}
	}

	it("loads and unloads children and runs registered clean-ups", () => {
		const journal: string[] = [];
		const parent = new Recorder("parent", journal);
		parent.addChild(new Recorder("early child", journal));
		parent.load();
		const late = parent.addChild(new Recorder("late child", journal));
		parent.register(() => journal.push("clean-up"));
		const events = new Events();
		parent.registerEvent(events.on("ping", () => journal.push("ping")));
		events.trigger("ping");
		parent.unload();
		events.trigger("ping");
		parent.unload();
		expect(journal).toEqual(["load parent", "load early child", "load late child", "ping", "unload early child", "unload late child", "clean-up", "unload parent"]);
		expect([parent.isLoaded, late.isLoaded, events.listenerCount("ping")]).toEqual([false, false, 0]);
	});

	it("unloads a removed child at once", () => {
		const journal: string[] = [];
		const parent = new Recorder("parent", journal);
		parent.load();
		parent.removeChild(parent.addChild(new Recorder("child", journal)));
		expect(journal).toEqual(["load parent", "load child", "unload child"]);
	});

	it("clears registered intervals on unload", () => {
		jest.useFakeTimers();
		const ticks: number[] = [];
		const component = new Component();
		component.load();
		component.registerInterval(setInterval(() => ticks.push(1), 10) as unknown as number);
		jest.advanceTimersByTime(25);
		component.unload();
		jest.advanceTimersByTime(100);
		expect(ticks).toHaveLength(2);
		jest.useRealTimers();
	});
});

describe("frontmatter and link text helpers", () => {
	it("locates the frontmatter block", () => {
		const text = "---\ntype: case\n---\nbody";
		const info = getFrontMatterInfo(text);
		expect(info).toEqual({ exists: true, frontmatter: "type: case\n", from: 4, to: 15, contentStart: 19 });
		expect(text.slice(info.contentStart)).toBe("body");
		expect(getFrontMatterInfo("body\n---\na: 1\n---\n")).toEqual({ exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 });
		expect(getFrontMatterInfo("---\na: 1\nno end").exists).toBe(false);
	});

	it("parses YAML as Obsidian does and writes it back in block style", () => {
		expect(parseYaml("date: 2024-07-21\nempty:\nlist: [a, b]\n")).toEqual({ date: "2024-07-21", empty: null, list: ["a", "b"] });
		expect(stringifyYaml({ date: "2024-07-21", empty: null, link: "[[Ann]]", list: ["a"] })).toBe('date: 2024-07-21\nempty:\nlink: "[[Ann]]"\nlist:\n  - a\n');
		expect(() => parseYaml("a: [")).toThrow(expect.objectContaining({ name: "YAMLParseError" }) as Error);
	});

	it("splits link text into path and subpath", () => {
		expect(parseLinktext("People/Ann#History#Early")).toEqual({ path: "People/Ann", subpath: "#History#Early" });
		expect(parseLinktext("#^block")).toEqual({ path: "", subpath: "#^block" });
		expect(getLinkpath("Ann")).toBe("Ann");
	});
});

describe("Notice without a DOM", () => {
	it("still records its messages", () => {
		Notice.reset();
		new Notice("Index rebuilt").setMessage("Index rebuilt twice");
		expect(Notice.messages).toEqual(["Index rebuilt", "Index rebuilt twice"]);
	});
});
