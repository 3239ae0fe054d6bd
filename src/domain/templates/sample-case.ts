// The fictional training case the plugin can add to a vault: notes with paths relative
// to the case folder. None has a `case` key, so the notes belong to the case note by
// folder, whatever the folder is called, and a second copy never clashes with the first.
import caseNote from "../../templates/sample-case/Elena V.md";
import retired from "../../templates/sample-case/Events/2025-09-26 Retired from the hospital.md";
import inesMoved from "../../templates/sample-case/Events/2025-10-18 Ines moved to Lisbon.md";
import row from "../../templates/sample-case/Events/2025-12-21 Row with Marco about the holidays.md";
import firstShift from "../../templates/sample-case/Events/2026-02-28 First shift at the hospice shop.md";
import bea from "../../templates/sample-case/People/Bea.md";
import grace from "../../templates/sample-case/People/Grace.md";
import ines from "../../templates/sample-case/People/Ines.md";
import luca from "../../templates/sample-case/People/Luca.md";
import marco from "../../templates/sample-case/People/Marco.md";
import martin from "../../templates/sample-case/People/Martin.md";
import pat from "../../templates/sample-case/People/Pat.md";
import teresa from "../../templates/sample-case/People/Teresa.md";
import session01 from "../../templates/sample-case/Sessions/Session 01.md";
import session02 from "../../templates/sample-case/Sessions/Session 02.md";
import session03 from "../../templates/sample-case/Sessions/Session 03.md";
import session04 from "../../templates/sample-case/Sessions/Session 04.md";
import session05 from "../../templates/sample-case/Sessions/Session 05.md";
import { lazy } from "../lazy";

export interface SampleNote {
	/** Relative to the case folder, with `/` between folders. */
	readonly relativePath: string;
	readonly text: string;
}

/** The folder name the plugin suggests for the sample case. */
export const SAMPLE_CASE_FOLDER = "Elena V (fictional training case)";

// Built on first use, not at load: see domain/lazy.ts.
export const SAMPLE_CASE_NOTES = lazy(function (): readonly SampleNote[] {
	return [
		{ relativePath: "Elena V.md", text: caseNote },
		{ relativePath: "People/Bea.md", text: bea },
		{ relativePath: "People/Grace.md", text: grace },
		{ relativePath: "People/Ines.md", text: ines },
		{ relativePath: "People/Luca.md", text: luca },
		{ relativePath: "People/Marco.md", text: marco },
		{ relativePath: "People/Martin.md", text: martin },
		{ relativePath: "People/Pat.md", text: pat },
		{ relativePath: "People/Teresa.md", text: teresa },
		{ relativePath: "Events/2025-09-26 Retired from the hospital.md", text: retired },
		{ relativePath: "Events/2025-10-18 Ines moved to Lisbon.md", text: inesMoved },
		{ relativePath: "Events/2025-12-21 Row with Marco about the holidays.md", text: row },
		{ relativePath: "Events/2026-02-28 First shift at the hospice shop.md", text: firstShift },
		{ relativePath: "Sessions/Session 01.md", text: session01 },
		{ relativePath: "Sessions/Session 02.md", text: session02 },
		{ relativePath: "Sessions/Session 03.md", text: session03 },
		{ relativePath: "Sessions/Session 04.md", text: session04 },
		{ relativePath: "Sessions/Session 05.md", text: session05 },
	];
});
