// Each problem of a vault's data.json names its key and says what is wrong in words the
// user can act on; the defaults stand in for what cannot be used.
import { readVaultSettings, SETTINGS_PATH } from "../../../src/cli/vault-settings";
import { DEFAULT_ENGINE_SETTINGS } from "../../../src/domain/settings/engine-settings";
import { parsePluginSettings } from "../../../src/domain/settings/plugin-settings";
import { makeVault, removeVault } from "../../support/cli";

function settingsOf(data: string) {
	const vault = makeVault({ [SETTINGS_PATH]: data });
	try {
		return readVaultSettings(vault);
	} finally {
		removeVault(vault);
	}
}

describe("a data.json whose engine settings are not a table", () => {
	it.each([["a list", "[]"], ['"strict"', '"strict"'], ["7", "7"]])("with %s names the key engine", (shown, value) => {
		const read = settingsOf(`{"engine": ${value}}`);
		expect(read.diagnostics).toEqual([{ path: SETTINGS_PATH, field: "engine", severity: "warning", message: `engine: ${shown} is not an object; using the defaults.` }]);
		expect(read.engine).toEqual(DEFAULT_ENGINE_SETTINGS);
	});

	it("is told to the plugin under the same key", () => {
		expect(parsePluginSettings({ engine: [] }).problems).toEqual(["engine: a list is not an object; using the defaults"]);
	});

	it("with null, as an older version may have saved, is the defaults without a word", () => {
		expect(settingsOf('{"engine": null}').diagnostics).toEqual([]);
	});
});

describe("a data.json saved with a byte order mark", () => {
	it("says so, rather than that the JSON is invalid, and uses the defaults as the plugin does", () => {
		const read = settingsOf('\uFEFF{"engine": {"windowMonths": 6}}');
		expect(read.engine).toEqual(DEFAULT_ENGINE_SETTINGS);
		expect(read.diagnostics).toEqual([
			{
				path: SETTINGS_PATH,
				field: "file",
				severity: "warning",
				message: "starts with a byte order mark, which JSON does not allow; using the default settings. Save it as UTF-8 without a byte order mark.",
			},
		]);
	});
});
