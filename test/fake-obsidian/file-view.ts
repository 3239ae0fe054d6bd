import type { ViewStateResult } from "obsidian";
import type { TFile } from "./files";
import { ItemView } from "./view";

/** A view showing one file; its state is `{ file: path }`. */
export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	override navigation = true;

	getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}

	override getState(): Record<string, unknown> {
		return { file: this.file?.path ?? null };
	}

	override async setState(state: unknown, _result: ViewStateResult): Promise<void> {
		const path = typeof state === "object" && state !== null && "file" in state ? state.file : null;
		const file = typeof path === "string" ? this.app.vault.getFileByPath(path) : null;
		if (!file || file === this.file) return;
		if (this.file) await this.onUnloadFile(this.file);
		this.file = file;
		await this.onLoadFile(file);
	}

	onLoadFile(_file: TFile): Promise<void> {
		return Promise.resolve();
	}

	onUnloadFile(_file: TFile): Promise<void> {
		return Promise.resolve();
	}
}
