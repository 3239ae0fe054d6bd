/** @jest-environment jsdom */

// Templates kept for core Templates or Templater are no cases; Check templates reads them as templates.
import { enterTextAndLeave, type App } from "../fake-obsidian";
import { control, openSettings, PLUGIN_ID, startPlugin } from "./settings-support";

function note(frontmatter: string): string {
	return `---\n${frontmatter}\n---\n`;
}

const TEMPLATE = note('ipt: case\nclient: "{{client}}"\nprotocol: standard');

const FILES = {
	"IPT/Ann/Ann.md": note("ipt: case\nclient: A.K.\nprotocol: standard"),
	"Meta/Templates/Case.md": TEMPLATE,
	"Templater/Case.md": note('ipt: case\nclient: "{{client}}"\nprotocol: standrad'),
	"Templater/Person.md": note('ipt: person\ncase: "{{case}}"\ncirle: 2'),
	"Archive/Case.md": TEMPLATE,
	"Loose/Case.md": TEMPLATE,
};

/** The private APIs as the app has them: core Templates through internalPlugins, Templater through plugins. */
function withTemplatePlugins(app: App, templater: boolean): void {
	Object.assign(app, {
		internalPlugins: { getEnabledPluginById: (id: string) => (id === "templates" ? { options: { folder: "Meta/Templates" } } : null) },
		plugins: { getPlugin: (id: string) => (templater && id === "templater-obsidian" ? { settings: { templates_folder: "Templater/" } } : null) },
	});
}

async function ready(setUp: (app: App) => void): Promise<App> {
	const { app } = await startPlugin({ files: FILES, pluginData: { [PLUGIN_ID]: { ignoredFolders: ["Archive"] } } });
	setUp(app);
	await app.workspace.triggerLayoutReady();
	await app.flush();
	return app;
}

function indexedCases(): string[] {
	return Array.from(document.body.querySelectorAll(".ipt-caseload-row .ipt-col-client"), (cell) => cell.textContent ?? "");
}

async function caseloadClients(app: App): Promise<string[]> {
	expect(await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:open-caseload`)).toBe(true);
	await app.flush();
	return indexedCases();
}

afterEach(() => document.body.empty());

describe("templates folders in the app", () => {
	it("leaves out core Templates', Templater's and the listed folders, and names a stray template's placeholder", async () => {
		const app = await ready((a) => withTemplatePlugins(a, true));
		expect(await caseloadClients(app)).toEqual(["A.K."]);
		expect(await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:validate-notes`)).toBe(true);
		await app.flush();
		const modal = document.body.querySelector(".modal-container .modal")?.textContent ?? "";
		expect(modal).toContain("Loose/Case.md");
		expect(modal).toContain("client: still holds the template placeholder {{client}}");
		expect(modal).not.toContain("Templater/");
		expect(modal).not.toContain("Archive/");
	});

	it("starts without the private APIs, ignoring only its own and the listed folders", async () => {
		const app = await ready(() => undefined);
		expect(await caseloadClients(app)).toEqual(["A.K."]);
		expect(await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:validate-notes`)).toBe(true);
		await app.flush();
		const files = Array.from(document.body.querySelectorAll(".modal-container .modal a"), (a) => a.textContent);
		expect(files).toEqual(["Loose/Case.md", "Meta/Templates/Case.md", "Templater/Case.md", "Templater/Person.md"]);
	});

	it("takes the folders to ignore from the settings tab, comma-separated, and reads the vault again", async () => {
		const app = await ready(() => undefined);
		enterTextAndLeave(control(openSettings(app), "Folders to ignore"), " Loose/ ,, Old ");
		await app.flush();
		expect(app.readPluginData(PLUGIN_ID)).toMatchObject({ ignoredFolders: ["Loose", "Old"] });
		expect(await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:validate-notes`)).toBe(true);
		await app.flush();
		expect(Array.from(document.body.querySelectorAll(".modal-container .modal a"), (a) => a.textContent)).not.toContain("Loose/Case.md");
	});

	it("Check templates lists each template's problems by file and field", async () => {
		const app = await ready((a) => withTemplatePlugins(a, true));
		expect(await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:check-templates`)).toBe(true);
		await app.flush();
		const modal = document.body.querySelector<HTMLElement>(".modal-container .modal");
		expect(modal?.querySelector(".modal-title")?.textContent).toBe("Template check");
		const files = Array.from(modal?.querySelectorAll("a") ?? [], (a) => [a.textContent, Array.from(a.parentElement?.querySelectorAll("li") ?? [], (li) => li.textContent)]);
		expect(files).toEqual([
			["Templater/Case.md", [expect.stringMatching(/^Error: protocol: "standrad"/)]],
			["Templater/Person.md", [expect.stringMatching(/^Warning: cirle:/)]],
		]);
	});

	it("Check templates says so when every template is sound", async () => {
		const app = await ready((a) => withTemplatePlugins(a, false));
		expect(await app.commands.executeCommandByIdAsync(`${PLUGIN_ID}:check-templates`)).toBe(true);
		await app.flush();
		expect(document.body.querySelector(".modal-container .modal p")?.textContent).toBe('1 IPT template in "IPT templates", "Meta/Templates", each following the note format with its placeholders filled.');
	});
});
