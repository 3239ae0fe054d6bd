/** @jest-environment jsdom */
import { parse } from "yaml";
import { Notice } from "../fake-obsidian";
import { startVault } from "./case-commands-harness";

interface BaseYaml {
	filters: { and: string[] };
	views: { type: string; name: string; order?: string[] }[];
}

beforeEach(() => Notice.reset());
afterEach(() => document.body.empty());

describe("install-templates writes the IPT bases", () => {
	it("writes each base in the cases folder, a plain table first, and keeps one the user already has", async () => {
		const mine = "views:\n  - type: cards\n    name: Mine\n";
		const app = await startVault({ "IPT/Inventory.base": mine });
		await app.commands.executeCommandByIdAsync("ipt-workbench:install-templates");
		await app.flush();
		const read = async (name: string): Promise<string> => {
			const found = app.vault.getFileByPath(`IPT/${name}`);
			if (!found) throw new Error(`no ${name}`);
			return app.vault.read(found);
		};
		expect(await read("Inventory.base")).toBe(mine);
		const caseload = parse(await read("IPT caseload.base")) as BaseYaml;
		expect(caseload.filters.and).toEqual(['file.inFolder("IPT")', 'ipt == "case"']);
		expect(caseload.views.map((v) => v.type)).toEqual(["table", "ipt-caseload"]);
		const sessions = parse(await read("Sessions.base")) as BaseYaml;
		expect(sessions.filters.and).toEqual(['file.inFolder("IPT")', 'ipt == "session"']);
		expect(sessions.views[0]).toEqual({ type: "table", name: "Sessions", order: ["file.name", "case", "session", "date", "phq9", "risk_reviewed"] });
		expect(Notice.messages.at(-1)).toMatch(/Added IPT caseload\.base, Sessions\.base in "IPT"\.$/);
	});

	it("quotes a cases folder with quotes in its name so the filter still parses", async () => {
		const app = await startVault({}, { casesFolder: "Clients 'A'" });
		await app.commands.executeCommandByIdAsync("ipt-workbench:install-templates");
		await app.flush();
		const found = app.vault.getFileByPath("Clients 'A'/Inventory.base");
		if (!found) throw new Error("no Inventory.base");
		expect((parse(await app.vault.read(found)) as BaseYaml).filters.and[0]).toBe(`file.inFolder("Clients 'A'")`);
	});
});
