/** @jest-environment jsdom */

import { type Editor, Plugin, PluginSettingTab, Setting, type App as ObsidianApp, type PluginManifest, type SettingDefinitionItem } from "obsidian";
import { click, createFakeApp, findSetting, useDesktopPlatform, usePhonePlatform, type App, type TFile } from "../fake-obsidian";

const manifest: PluginManifest = { id: "test-plugin", name: "Test plugin", version: "1.0.0", minAppVersion: "1.7.2", author: "Tests", description: "Exercises the fake." };

/** What the plugin below did, in order. */
let journal: string[] = [];

class TestSettingTab extends PluginSettingTab {
	constructor(
		app: ObsidianApp,
		private readonly owner: TestPlugin,
	) {
		super(app, owner);
	}

	/** None: the tab is drawn by `display`, as for apps before 1.13. */
	override getSettingDefinitions(): SettingDefinitionItem[] {
		return [];
	}

	override display(): void {
		this.containerEl.empty();
		new Setting(this.containerEl).setName("Greeting").addText((text) =>
			text.setValue(this.owner.greeting).onChange((value) => {
				this.owner.greeting = value;
			}),
		);
	}
}

class TestPlugin extends Plugin {
	greeting = "";
	allowed = true;

	override async onload(): Promise<void> {
		const data = (await this.loadData()) as { greeting?: string } | null;
		this.greeting = data?.greeting ?? "hello";
		this.addCommand({ id: "greet", name: "Greet", callback: () => journal.push(`greet ${this.greeting}`) });
		this.addCommand({
			id: "guarded",
			name: "Guarded",
			checkCallback: (checking) => {
				journal.push(`check ${String(checking)}`);
				return this.allowed;
			},
		});
		this.addCommand({ id: "edit", name: "Edit", editorCallback: (editor: Editor, ctx) => journal.push(`edit ${ctx.file?.path ?? ""} ${editor.getValue()}`) });
		this.addCommand({
			id: "slow",
			name: "Slow",
			callback: async () => {
				await new Promise((resolve) => setTimeout(resolve, 5));
				journal.push("slow done");
			},
		});
		this.addCommand({ id: "phone", name: "Phone", mobileOnly: true, callback: () => journal.push("phone") });
		this.addRibbonIcon("dice", "Greet", () => journal.push("ribbon"));
		this.addStatusBarItem().setText("Ready");
		this.addSettingTab(new TestSettingTab(this.app, this));
	}

	async save(): Promise<void> {
		await this.saveData({ greeting: this.greeting });
	}
}

async function start(options: { files?: Record<string, string>; pluginData?: Record<string, unknown> } = {}) {
	const app = createFakeApp(options);
	const plugin = await app.loadPlugin(TestPlugin, manifest);
	return { app, plugin };
}

function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file at ${path}`);
	return file;
}

beforeEach(() => {
	journal = [];
});

afterEach(() => document.body.empty());

describe("plugin data", () => {
	it("loads null when the plugin has no data.json", async () => {
		const { plugin } = await start();
		expect(plugin.greeting).toBe("hello");
	});

	it("loads the data.json a test seeded", async () => {
		const { plugin } = await start({ pluginData: { "test-plugin": { greeting: "hi" } } });
		expect(plugin.greeting).toBe("hi");
	});

	it("saves data.json as indented JSON in the config folder", async () => {
		const { app, plugin } = await start();
		plugin.greeting = "hey";
		await plugin.save();
		expect(app.readPluginData("test-plugin")).toEqual({ greeting: "hey" });
		await expect(app.vault.adapter.read(`${app.vault.configDir}/plugins/test-plugin/data.json`)).resolves.toBe('{\n  "greeting": "hey"\n}');
		await expect(plugin.loadData()).resolves.toEqual({ greeting: "hey" });
	});
});

describe("commands", () => {
	it("prefixes ids and names with the plugin's", async () => {
		const { app } = await start();
		expect(app.commands.findCommand("test-plugin:greet")?.name).toBe("Test plugin: Greet");
	});

	it("runs a plain command", async () => {
		const { app } = await start();
		expect(app.commands.executeCommandById("test-plugin:greet")).toBe(true);
		expect(journal).toEqual(["greet hello"]);
		expect(app.commands.executeCommandById("test-plugin:missing")).toBe(false);
	});

	it("asks a check callback first and runs it only when it says yes", async () => {
		const { app, plugin } = await start();
		expect(app.commands.executeCommandById("test-plugin:guarded")).toBe(true);
		expect(journal).toEqual(["check true", "check false"]);
		plugin.allowed = false;
		journal = [];
		expect(app.commands.executeCommandById("test-plugin:guarded")).toBe(false);
		expect(journal).toEqual(["check true"]);
	});

	it("offers editor commands only with an active note, passing its editor and view", async () => {
		const { app } = await start({ files: { "a.md": "Alpha" } });
		expect(app.commands.isAvailable("test-plugin:edit")).toBe(false);
		expect(app.commands.executeCommandById("test-plugin:edit")).toBe(false);
		await app.workspace.setActiveFile(fileAt(app, "a.md"));
		expect(app.commands.executeCommandById("test-plugin:edit")).toBe(true);
		expect(journal).toEqual(["edit a.md Alpha"]);
	});

	it("offers mobile-only commands on a phone only", async () => {
		const { app } = await start();
		expect(app.commands.executeCommandById("test-plugin:phone")).toBe(false);
		usePhonePlatform();
		try {
			expect(app.commands.executeCommandById("test-plugin:phone")).toBe(true);
		} finally {
			useDesktopPlatform();
		}
		expect(journal).toEqual(["phone"]);
	});

	it("lets a test await an async command", async () => {
		const { app } = await start();
		await expect(app.commands.executeCommandByIdAsync("test-plugin:slow")).resolves.toBe(true);
		expect(journal).toEqual(["slow done"]);
	});

	it("removes the plugin's commands, ribbon icon and status bar item on unload", async () => {
		const { app, plugin } = await start();
		plugin.unload();
		expect(app.commands.listCommands()).toEqual([]);
		expect(app.ribbonEl.children).toHaveLength(0);
		expect(app.statusBarEl.children).toHaveLength(0);
	});
});

describe("ribbon, status bar and settings tab", () => {
	it("adds a clickable ribbon icon and a status bar item", async () => {
		const { app } = await start();
		const icon = app.ribbonEl.querySelector('[aria-label="Greet"]');
		if (!icon) throw new Error("no ribbon icon");
		expect(icon.querySelector("svg.svg-icon.lucide-dice")).not.toBeNull();
		click(icon);
		expect(journal).toEqual(["ribbon"]);
		expect(app.statusBarEl.getText()).toBe("Ready");
	});

	it("displays the settings tab when opened, and empties it when closed", async () => {
		const { app, plugin } = await start();
		const tab = app.setting.openTabById("test-plugin");
		if (!tab) throw new Error("no settings tab");
		const input = findSetting(tab.containerEl, "Greeting").querySelector("input");
		expect(input?.value).toBe("hello");
		if (input) {
			input.value = "bonjour";
			input.dispatchEvent(new Event("input"));
		}
		expect(plugin.greeting).toBe("bonjour");
		app.setting.close();
		expect(tab.containerEl.children).toHaveLength(0);
		expect(app.setting.openTabById("other-plugin")).toBeNull();
	});
});
