// A templates folder or folder to ignore that is the cases folder, or holds it, hides
// every case the plugin creates; a half-typed folder can do it by accident.
import { show } from "./read-field";

/**
 * Whether `folder` is `casesFolder` or one of its parents. Case aside: on macOS and
 * Windows "ipt" and "IPT" are the same folder.
 */
function hidesCases(folder: string, casesFolder: string): boolean {
	const outer = folder.toLowerCase();
	const cases = casesFolder.toLowerCase();
	return cases === outer || cases.startsWith(`${outer}/`);
}

function hiddenReason(key: string, folder: string, casesFolder: string, using: string): string {
	return `${key}: ${show(folder)} is or holds the cases folder (${show(casesFolder)}), whose cases would then never be read; using ${using}`;
}

/** The settings with `templatesFolder` and `ignoredFolders` kept clear of the cases folder; each one changed is named in `problems`. */
export function keepCasesFolderRead<T extends { readonly casesFolder: string; readonly templatesFolder: string; readonly ignoredFolders: readonly string[] }>(
	settings: T,
	fallbackTemplatesFolder: string,
	problems: string[],
): T {
	const { casesFolder } = settings;
	let { templatesFolder } = settings;
	if (hidesCases(templatesFolder, casesFolder)) {
		problems.push(hiddenReason("templatesFolder", templatesFolder, casesFolder, show(fallbackTemplatesFolder)));
		templatesFolder = fallbackTemplatesFolder;
	}
	const hiding = settings.ignoredFolders.filter((folder) => hidesCases(folder, casesFolder));
	for (const folder of hiding) problems.push(hiddenReason("ignoredFolders", folder, casesFolder, "the others"));
	const ignoredFolders = hiding.length === 0 ? settings.ignoredFolders : settings.ignoredFolders.filter((folder) => !hiding.includes(folder));
	return { ...settings, templatesFolder, ignoredFolders };
}
