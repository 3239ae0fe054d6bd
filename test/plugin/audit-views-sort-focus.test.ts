/** @jest-environment jsdom */
import { demoVaultFiles, openCaseload, settle, startWorkbench, viewRoot } from "./views-support";

afterEach(() => document.body.empty());

describe("sorting the caseload from the keyboard", () => {
	it("keeps focus on the pressed heading across the redraw, so a second press reverses the sort", async () => {
		const app = await startWorkbench({ files: demoVaultFiles() });
		const leaf = await openCaseload(app);
		const heading = (): HTMLButtonElement | null => viewRoot(leaf).querySelector<HTMLButtonElement>("th.ipt-col-phase button");
		heading()?.focus();
		// What Enter on a focused button does.
		heading()?.click();
		await settle(app);
		expect(document.activeElement).toBe(heading());
		expect(viewRoot(leaf).querySelector("th.ipt-col-phase")?.getAttribute("aria-sort")).toBe("ascending");
		(document.activeElement as HTMLElement | null)?.click();
		await settle(app);
		expect(document.activeElement).toBe(heading());
		expect(viewRoot(leaf).querySelector("th.ipt-col-phase")?.getAttribute("aria-sort")).toBe("descending");
	});
});
