/** @jest-environment jsdom */
// A HAM-D or EPDS total counts its safety item, so it can never be below that item's score.
import { clickButton, choose, isModalOpen, messageFor, notices, openNote, pinToday, propertiesOf, resetUi, runCommand, startVault, textOf, type } from "./case-commands-harness";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

const SESSION_03 = "IPT/Jo R/Sessions/Session 03.md";

describe("record-measure totals and their safety item", () => {
	it.each([
		["hamd", "HAM-D total", "Item 3: suicide", "4", "3"],
		["epds", "EPDS total", "Item 10: thoughts of self-harm", "3", "2"],
	])("refuses a %s total below its safety item's score, and takes it once fixed", async (measure, totalLabel, safetyLabel, safety, total) => {
		const app = await startVault();
		await openNote(app, SESSION_03);
		const before = textOf(app, SESSION_03);
		await runCommand(app, "record-measure");
		choose("Measure", measure);
		type(totalLabel, total);
		choose(safetyLabel, safety);
		await clickButton(app, "Save");

		expect(isModalOpen()).toBe(true);
		expect(textOf(app, SESSION_03)).toBe(before);
		expect(notices()).toEqual([]);
		expect(messageFor(totalLabel)).toBe(`The total includes item ${measure === "hamd" ? 3 : 10}, so it is at least ${safety}.`);

		type(totalLabel, safety);
		expect(messageFor(totalLabel)).toBe("");
		await clickButton(app, "Save");
		expect(isModalOpen()).toBe(false);
		expect(propertiesOf(app, SESSION_03)).toMatchObject({ [measure]: Number(safety) });
	});
});
