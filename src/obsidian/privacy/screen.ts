// What privacy mode shows of a note or a sentence outside the views: a notice, a
// modal's list. With privacy mode off, everything as written; on, no name and no path
// that holds one, whichever case it comes from.
import type { Workbench } from "../workbench";
import { caseNamesFor } from "../views/view-data";

export interface Screen {
	readonly private: boolean;
	/** How a note is named: its path, or its label in privacy mode. */
	readonly note: (path: string) => string;
	/** A sentence with every known name (and so every path holding one) replaced in privacy mode. */
	readonly text: (text: string) => string;
}

const OPEN: Screen = { private: false, note(path) { return path; }, text(text) { return text; } };

export function screenOf(workbench: Workbench): Screen {
	if (!workbench.settings.privacyMode) return OPEN;
	const { index } = workbench;
	// Any case's names hold every other case's too ("Another person"); a note's own case labels it.
	const [first] = index.cases();
	const anyNames = first ? caseNamesFor(workbench, first) : null;
	return {
		private: true,
		note: (path) => {
			const casePath = index.caseOf(path);
			const bundle = casePath === null ? null : index.caseBundle(casePath);
			return bundle ? caseNamesFor(workbench, bundle).note(path) : "a note outside any case";
		},
		text: (text) => (anyNames ? anyNames.redact(text) : text),
	};
}
