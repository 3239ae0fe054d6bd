import { BasesView, requireApiVersion, type QueryController } from "obsidian";
import type { Workbench } from "../workbench";
import { BaseDrawing, circleViewOptions, type BaseKind } from "./base-drawing";

/**
 * The two IPT views in the Bases view menu. Their classes are made only here, behind the
 * version check: on an app before 1.10.0 `BasesView` does not exist, and a class that
 * extends it at load would stop the whole plugin.
 */
export function registerBasesViews(workbench: Workbench): void {
	const { plugin } = workbench;
	if (requireApiVersion("1.10.0")) {
		class IptBasesView extends BasesView {
			private readonly drawing: BaseDrawing;

			constructor(
				controller: QueryController,
				containerEl: HTMLElement,
				readonly type: string,
				kind: BaseKind,
			) {
				super(controller);
				this.drawing = new BaseDrawing(
					kind,
					containerEl,
					workbench,
					() => this.data.data.map((entry) => entry.file.path),
					() => ({ label: this.config.get("label"), ring: this.config.get("ring"), privacy: this.config.get("privacy") }),
				);
			}

			override onload(): void {
				this.drawing.listen(this);
			}

			onDataUpdated(): void {
				this.drawing.draw();
			}
		}
		// False when Bases is turned off in this vault: the plugin works on without its views.
		const registered = plugin.registerBasesView("ipt-closeness-circle", {
			name: "IPT closeness circle",
			icon: "circle-dot",
			factory: (controller, el) => new IptBasesView(controller, el, "ipt-closeness-circle", "circle"),
			options: () => circleViewOptions(workbench),
		});
		if (registered) {
			plugin.registerBasesView("ipt-caseload", { name: "IPT caseload", icon: "table", factory: (controller, el) => new IptBasesView(controller, el, "ipt-caseload", "caseload") });
		}
	}
}
