// Validate notes as a user runs it from the palette, its list read back and the modal
// closed again, for the tests that check what it reports.
import manifest from "../../manifest.json";
import type { App } from "../fake-obsidian";

/** Each file the list names, with its lines as shown ("Error: ...", "Warning: ..."). */
export async function validatedNotes(app: App): Promise<[string, string[]][]> {
	expect(await app.commands.executeCommandByIdAsync(`${manifest.id}:validate-notes`)).toBe(true);
	await app.flush();
	const modal = document.body.querySelector<HTMLElement>(".modal-container .modal-content");
	if (!modal) throw new Error("validate-notes opened no modal");
	const files = Array.from(modal.querySelectorAll("a")).map((link): [string, string[]] => [
		link.textContent ?? "",
		Array.from((link.parentElement ?? link).querySelectorAll("li"), (item) => item.textContent ?? ""),
	]);
	document.body.querySelector<HTMLElement>(".modal-container .modal-close-button")?.click();
	return files;
}
