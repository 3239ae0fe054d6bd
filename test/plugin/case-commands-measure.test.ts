/** @jest-environment jsdom */
import { Notice } from "../fake-obsidian";
import {
	bodyOf,
	CASE_FILES,
	CASE_PATH,
	choose,
	clickButton,
	field,
	isModalOpen,
	modal,
	notices,
	openNote,
	pinToday,
	press,
	propertiesOf,
	resetUi,
	runCommand,
	session,
	startVault,
	textOf,
	tick,
	type,
	isOffered,
	messageFor,
	runUnoffered,
} from "./case-commands-harness";

beforeEach(pinToday);
afterEach(() => {
	resetUi();
	jest.useRealTimers();
});

const SESSION_06 = "IPT/Jo R/Sessions/Session 06.md";

/** Ticks the answer `score` of item `item` (1-based) of the shown questionnaire. */
function answer(item: number, score: number): void {
	const group = Array.from(modal().querySelectorAll<HTMLElement>('[role="radiogroup"]')).filter((el) => el.isShown())[item - 1];
	const radio = group?.querySelectorAll<HTMLInputElement>("input[type=radio]")[score];
	if (!radio) throw new Error(`no answer ${score} for item ${item}`);
	tick(radio);
}

function shownTotal(): string {
	const totals = Array.from(modal().querySelectorAll<HTMLElement>(".ipt-measure-total")).filter((el) => el.isShown());
	return totals[0]?.textContent ?? "";
}

async function openMeasure(files = CASE_FILES) {
	const app = await startVault(files);
	await openNote(app, SESSION_06);
	await runCommand(app, "record-measure");
	return app;
}

describe("record-measure", () => {
	it("needs a session note open", async () => {
		const app = await startVault();
		await openNote(app, "IPT/Jo R/Sessions/Session 02.md");
		expect(isOffered(app, "record-measure")).toBe(true);
		await openNote(app, CASE_PATH);
		expect(isOffered(app, "record-measure")).toBe(false);
		await runUnoffered(app, "record-measure");
		expect(notices()).toEqual(["Open a session note of an IPT case first."]);
		expect(isModalOpen()).toBe(false);
	});

	it("scores the PHQ-9 item by item, with the total and band as they add up", async () => {
		const app = await openMeasure();
		const before = bodyOf(app, SESSION_06);
		expect(modal().querySelector(".modal-title")?.textContent).toBe("Record measure for session 6");
		expect(field<HTMLSelectElement>("Measure").value).toBe("phq9");
		expect(document.activeElement).toBe(field("Measure"));
		expect(shownTotal()).toBe("0 so far, 0 of 9 items answered");
		[2, 2, 1, 2, 1, 1, 2, 1].forEach((score, index) => answer(index + 1, score));
		expect(shownTotal()).toBe("12 so far, 8 of 9 items answered");
		answer(9, 0);
		expect(shownTotal()).toBe("12 of 27: moderate");
		await clickButton(app, "Save");

		expect(isModalOpen()).toBe(false);
		expect(propertiesOf(app, SESSION_06)).toMatchObject({ phq9: 12, phq9_items: [2, 2, 1, 2, 1, 1, 2, 1, 0] });
		expect(bodyOf(app, SESSION_06)).toBe(before);
		expect(notices()).toEqual(["PHQ-9 recorded: 12 of 27: moderate."]);
	});

	it("raises a notice that stays when the PHQ-9 safety item is positive", async () => {
		const app = await openMeasure();
		for (let item = 1; item <= 8; item++) answer(item, 3);
		answer(9, 2);
		await press(app, "Enter", field("Measure"));

		expect(propertiesOf(app, SESSION_06)).toMatchObject({ phq9: 26, phq9_items: [3, 3, 3, 3, 3, 3, 3, 3, 2], risk_reviewed: false });
		const safety = Notice.visible.find((notice) => notice.message.startsWith("PHQ-9 item 9"));
		expect(safety?.message).toBe("PHQ-9 item 9 scored 2 in session 6. Follow up with the client in this session. risk_reviewed on this note is now false; tick it once the risk is reviewed.");
		expect(safety?.duration).toBe(0);
	});

	it("reopens a session already marked reviewed, in the same write as the scores", async () => {
		const app = await openMeasure({ ...CASE_FILES, [SESSION_06]: session(6, "risk_reviewed: true\n") });
		const before = bodyOf(app, SESSION_06);
		const writes: string[] = [];
		app.vault.on("modify", (file) => writes.push(file.path));
		for (let item = 1; item <= 8; item++) answer(item, 0);
		answer(9, 1);
		await clickButton(app, "Save");

		expect(writes).toEqual([SESSION_06]);
		expect(propertiesOf(app, SESSION_06)).toMatchObject({ phq9: 1, phq9_items: [0, 0, 0, 0, 0, 0, 0, 0, 1], risk_reviewed: false });
		expect(bodyOf(app, SESSION_06)).toBe(before);
		expect(notices()).toContain("PHQ-9 item 9 scored 1 in session 6. Follow up with the client in this session. risk_reviewed on this note is now false; tick it once the risk is reviewed.");
		expect(notices().join("\n")).not.toContain("next contact");
	});

	it("leaves risk_reviewed as it was when the safety item is 0", async () => {
		const app = await openMeasure({ ...CASE_FILES, [SESSION_06]: session(6, "risk_reviewed: true\n") });
		for (let item = 1; item <= 9; item++) answer(item, 1 - Math.floor(item / 9));
		await clickButton(app, "Save");
		expect(propertiesOf(app, SESSION_06)).toMatchObject({ phq9: 8, risk_reviewed: true });
	});

	it("asks for every item before it writes", async () => {
		const app = await openMeasure();
		const before = textOf(app, SESSION_06);
		answer(1, 1);
		answer(2, 1);
		await clickButton(app, "Save");
		const message = modal().querySelector(".ipt-form-message:not(:empty)")?.textContent;
		expect(message).toBe("Answer every item, or record the total only; still to answer: 3, 4, 5, 6, 7, 8, 9.");
		expect(isModalOpen()).toBe(true);
		expect(textOf(app, SESSION_06)).toBe(before);
	});

	it("fills in what the note already holds", async () => {
		const app = await openMeasure({ ...CASE_FILES, [SESSION_06]: session(6, "phq9: 9\nphq9_items: [1, 1, 1, 1, 1, 1, 1, 2, 0]\n") });
		expect(shownTotal()).toBe("9 of 27: mild");
		answer(8, 3);
		await clickButton(app, "Save");
		expect(propertiesOf(app, SESSION_06)).toMatchObject({ phq9: 10, phq9_items: [1, 1, 1, 1, 1, 1, 1, 3, 0] });
	});

	it("fills in the usable items of a list with a bad one, and asks for that one again", async () => {
		const app = await openMeasure({ ...CASE_FILES, [SESSION_06]: session(6, "phq9_items: [1, 7, 1, 1, 1, 1, 1, 2, 1]\n") });
		const message = async () => {
			await clickButton(app, "Save");
			return modal().querySelector(".ipt-form-message:not(:empty)")?.textContent;
		};
		expect(await message()).toBe("Answer every item, or record the total only; still to answer: 2.");
		answer(2, 0);
		await clickButton(app, "Save");
		expect(propertiesOf(app, SESSION_06)).toMatchObject({ phq9: 9, phq9_items: [1, 0, 1, 1, 1, 1, 1, 2, 1] });
	});

	it("scores the GAD-7 item by item; it has no safety item", async () => {
		const app = await openMeasure();
		choose("Measure", "gad7");
		for (let item = 1; item <= 7; item++) answer(item, item % 2);
		expect(shownTotal()).toBe("4 of 21: minimal");
		await clickButton(app, "Save");
		expect(propertiesOf(app, SESSION_06)).toMatchObject({ gad7: 4, gad7_items: [1, 0, 1, 0, 1, 0, 1] });
		expect(propertiesOf(app, SESSION_06)).not.toHaveProperty("phq9");
		expect(notices()).toEqual(["GAD-7 recorded: 4 of 21: minimal."]);
	});

	it("takes the HAM-D total with its suicide item, and flags a positive item", async () => {
		const app = await openMeasure();
		choose("Measure", "hamd");
		type("HAM-D total", "20");
		expect(field("HAM-D total").closest(".setting-item")?.querySelector(".setting-item-description")?.textContent).toBe("20 of 52: severe");
		choose("Item 3: suicide", "1");
		await press(app, "Enter", field("HAM-D total"));
		expect(propertiesOf(app, SESSION_06)).toMatchObject({ hamd: 20, hamd_item3: 1, risk_reviewed: false });
		expect(notices()).toContain("HAM-D item 3 scored 1 in session 6. Follow up with the client in this session. risk_reviewed on this note is now false; tick it once the risk is reviewed.");
	});

	it("takes the EPDS total with its self-harm item; a zero raises no safety notice", async () => {
		const app = await openMeasure({ ...CASE_FILES, [CASE_PATH]: CASE_FILES[CASE_PATH]?.replace("measure: phq9", "measure: epds") ?? "" });
		expect(field<HTMLSelectElement>("Measure").value).toBe("epds");
		type("EPDS total", "31");
		await clickButton(app, "Save");
		expect(modal().querySelector(".ipt-form-message:not(:empty)")?.textContent).toBe("Enter a whole number from 0 to 30.");
		type("EPDS total", "11");
		choose("Item 10: thoughts of self-harm", "0");
		await clickButton(app, "Save");
		expect(propertiesOf(app, SESSION_06)).toMatchObject({ epds: 11, epds_item10: 0 });
		expect(notices()).toEqual(["EPDS recorded: 11 of 30: possible."]);
	});

	it("needs the safety item scored with a total", async () => {
		const app = await openMeasure();
		choose("Measure", "epds");
		type("EPDS total", "11");
		await clickButton(app, "Save");
		expect(isModalOpen()).toBe(true);
		expect(modal().querySelector(".ipt-form-message:not(:empty)")?.textContent).toBe("Score the safety item too.");
	});

	it("saves a PHQ-9 total alone with item 9 asked on its own, in the questionnaire's words", async () => {
		const app = await openMeasure({ ...CASE_FILES, [SESSION_06]: session(6, "phq9: 9\nphq9_items: [1, 1, 1, 1, 1, 1, 1, 2, 0]\n") });
		const before = bodyOf(app, SESSION_06);
		const item9 = "PHQ-9 item 9: Thoughts that you would be better off dead or of hurting yourself in some way";
		choose("Record PHQ-9 as", "total");
		expect(field(item9).isShown()).toBe(true);
		expect(Array.from(field<HTMLSelectElement>(item9).options, (option) => option.text)).toEqual([
			"Choose an answer",
			"0: Not at all",
			"1: Several days",
			"2: More than half the days",
			"3: Nearly every day",
		]);
		type("PHQ-9 total", "14");
		await clickButton(app, "Save");
		expect(messageFor(item9)).toBe("Score the safety item too.");
		expect(isModalOpen()).toBe(true);

		choose(item9, "1");
		await clickButton(app, "Save");
		expect(isModalOpen()).toBe(false);
		const properties = propertiesOf(app, SESSION_06);
		expect(properties).toMatchObject({ phq9: 14, phq9_item9: 1, risk_reviewed: false });
		// The old items would disagree with the new total: the entry replaces them.
		expect(properties).not.toHaveProperty("phq9_items");
		expect(bodyOf(app, SESSION_06)).toBe(before);
		expect(notices()).toEqual([
			"PHQ-9 item 9 scored 1 in session 6. Follow up with the client in this session. risk_reviewed on this note is now false; tick it once the risk is reviewed.",
			"PHQ-9 recorded: 14 of 27: moderate.",
		]);
	});

	it("opens on the total alone for a note that holds one, and saves a GAD-7 total with no safety item", async () => {
		const app = await openMeasure({ ...CASE_FILES, [SESSION_06]: session(6, "phq9: 11\nphq9_item9: 0\n") });
		expect(field<HTMLSelectElement>("Record PHQ-9 as").value).toBe("total");
		expect(field("PHQ-9 total").value).toBe("11");
		choose("Measure", "gad7");
		choose("Record GAD-7 as", "total");
		type("GAD-7 total", "8");
		await clickButton(app, "Save");
		expect(propertiesOf(app, SESSION_06)).toMatchObject({ phq9: 11, phq9_item9: 0, gad7: 8 });
		expect(notices()).toEqual(["GAD-7 recorded: 8 of 21: mild."]);
	});

	it("dates a session note that has no date, today unless told otherwise", async () => {
		const undated = "IPT/Jo R/Sessions/Session 07.md";
		const app = await startVault({ ...CASE_FILES, [undated]: "---\nipt: session\nsession: 7\n---\n# Session 7\n" });
		await openNote(app, undated);
		await runCommand(app, "record-measure");
		expect(field("Date").value).toBe("2026-06-03");
		type("Date", "2026-05-27");
		choose("Measure", "hamd");
		type("HAM-D total", "12");
		choose("Item 3: suicide", "0");
		await clickButton(app, "Save");
		expect(propertiesOf(app, undated)).toMatchObject({ date: "2026-05-27", hamd: 12, hamd_item3: 0 });
	});

	it("leaves a date it cannot read as written, and says so", async () => {
		const badly = "IPT/Jo R/Sessions/Session 07.md";
		const app = await startVault({ ...CASE_FILES, [badly]: "---\nipt: session\nsession: 7\ndate: last Tuesday\n---\n# Session 7\n" });
		await openNote(app, badly);
		await runCommand(app, "record-measure");
		choose("Measure", "hamd");
		type("HAM-D total", "12");
		choose("Item 3: suicide", "0");
		await clickButton(app, "Save");
		expect(propertiesOf(app, badly)).toMatchObject({ date: "last Tuesday", hamd: 12 });
		expect(notices()).toContain("The date on IPT/Jo R/Sessions/Session 07.md could not be read, so it was left as written: the scores take the note's date once it is fixed.");
	});

	it("takes the session note's own date, and refuses another one", async () => {
		const app = await openMeasure();
		const before = textOf(app, SESSION_06);
		expect(field("Date").value).toBe("2026-02-16");
		type("Date", "2026-02-15");
		choose("Measure", "epds");
		type("EPDS total", "4");
		choose("Item 10: thoughts of self-harm", "0");
		await clickButton(app, "Save");
		expect(messageFor("Date")).toBe(
			"Session 6 is dated 2026-02-16, and scores take the date of their session note. Record them in the note of the session they were taken in, or change the note's date first.",
		);
		expect(textOf(app, SESSION_06)).toBe(before);
		type("Date", "2026-02-16");
		await clickButton(app, "Save");
		expect(propertiesOf(app, SESSION_06)).toMatchObject({ date: "2026-02-16", epds: 4 });
	});
});
