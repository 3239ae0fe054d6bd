import { keepCasesFolderRead } from "../../../src/domain/settings/cases-folder-hidden";

const folders = (casesFolder: string, templatesFolder: string, ignoredFolders: string[] = []) => ({ casesFolder, templatesFolder, ignoredFolders });

it("keeps folders beside or inside the cases folder, silently", () => {
	const problems: string[] = [];
	const settings = folders("IPT", "IPT/Templates", ["IPT templates", "IPTX", "Archive"]);
	expect(keepCasesFolderRead(settings, "T", problems)).toEqual(settings);
	expect(problems).toEqual([]);
});

it("replaces a templates folder that is or holds the cases folder, case aside", () => {
	const problems: string[] = [];
	expect(keepCasesFolderRead(folders("Work/Clients", "work", []), "T", problems).templatesFolder).toBe("T");
	expect(problems).toEqual(['templatesFolder: "work" is or holds the cases folder ("Work/Clients"), whose cases would then never be read; using "T"']);
});

it("drops each folder to ignore that is or holds the cases folder, keeping the others", () => {
	const problems: string[] = [];
	expect(keepCasesFolderRead(folders("IPT", "T", ["Archive", "IPT", "Old"]), "T", problems).ignoredFolders).toEqual(["Archive", "Old"]);
	expect(problems).toEqual(['ignoredFolders: "IPT" is or holds the cases folder ("IPT"), whose cases would then never be read; using the others']);
});
