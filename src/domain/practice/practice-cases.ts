// The fictional cases a student formulates: each has no focus and no formulation, and
// the notes make the engine flag one problem area, so "Check my formulation" has an
// answer to compare with. Their labels name the client and the protocol, never the
// area: that is the student's to find. No note has a `case` key, so each belongs to its
// case note by folder, whatever the folder is called.
import note1 from "../../templates/practice-cases/Tomas K/Tomas K.md";
import note2 from "../../templates/practice-cases/Tomas K/Events/2026-01-10 Irene died.md";
import note3 from "../../templates/practice-cases/Tomas K/People/Ed.md";
import note4 from "../../templates/practice-cases/Tomas K/People/Irene.md";
import note5 from "../../templates/practice-cases/Tomas K/People/Nadia.md";
import note6 from "../../templates/practice-cases/Tomas K/People/Pavel.md";
import note7 from "../../templates/practice-cases/Tomas K/Sessions/Session 01.md";
import note8 from "../../templates/practice-cases/Tomas K/Sessions/Session 02.md";
import note9 from "../../templates/practice-cases/Lena M/Lena M.md";
import note10 from "../../templates/practice-cases/Lena M/Events/2026-02-20 Row about the school report.md";
import note11 from "../../templates/practice-cases/Lena M/People/Carla.md";
import note12 from "../../templates/practice-cases/Lena M/People/Hedda.md";
import note13 from "../../templates/practice-cases/Lena M/People/Jonas.md";
import note14 from "../../templates/practice-cases/Lena M/People/Sofia.md";
import note15 from "../../templates/practice-cases/Lena M/Sessions/Session 01.md";
import note16 from "../../templates/practice-cases/Lena M/Sessions/Session 02.md";
import note17 from "../../templates/practice-cases/Amira D/Amira D.md";
import note18 from "../../templates/practice-cases/Amira D/Events/2026-02-14 Noor was born.md";
import note19 from "../../templates/practice-cases/Amira D/People/Joanne.md";
import note20 from "../../templates/practice-cases/Amira D/People/Kofi.md";
import note21 from "../../templates/practice-cases/Amira D/People/Leila.md";
import note22 from "../../templates/practice-cases/Amira D/People/Noor.md";
import note23 from "../../templates/practice-cases/Amira D/Sessions/Session 01.md";
import note24 from "../../templates/practice-cases/Amira D/Sessions/Session 02.md";
import note25 from "../../templates/practice-cases/Felix R/Felix R.md";
import note26 from "../../templates/practice-cases/Felix R/Events/2019-08-01 Moved to the city for the job.md";
import note27 from "../../templates/practice-cases/Felix R/People/Anton.md";
import note28 from "../../templates/practice-cases/Felix R/People/Brigitte.md";
import note29 from "../../templates/practice-cases/Felix R/People/Dev.md";
import note30 from "../../templates/practice-cases/Felix R/People/Ravi.md";
import note31 from "../../templates/practice-cases/Felix R/Sessions/Session 01.md";
import note32 from "../../templates/practice-cases/Felix R/Sessions/Session 02.md";
import { lazy } from "../lazy";
import type { SampleNote } from "../templates/sample-case";

export interface PracticeCase {
	readonly id: string;
	/** For a menu: who the client is and the protocol. */
	readonly label: string;
	/** The folder name the plugin suggests, under the cases folder. */
	readonly folder: string;
	readonly notes: readonly SampleNote[];
}

// Built on first use, not at load: see domain/lazy.ts.
export const PRACTICE_CASES = lazy(function (): readonly PracticeCase[] {
	return [
		{
			id: "grief-standard",
			label: "Tomas K, 58, bus driver: standard IPT",
			folder: "Tomas K (practice case)",
			notes: [
				{ relativePath: "Tomas K.md", text: note1 },
				{ relativePath: "Events/2026-01-10 Irene died.md", text: note2 },
				{ relativePath: "People/Ed.md", text: note3 },
				{ relativePath: "People/Irene.md", text: note4 },
				{ relativePath: "People/Nadia.md", text: note5 },
				{ relativePath: "People/Pavel.md", text: note6 },
				{ relativePath: "Sessions/Session 01.md", text: note7 },
				{ relativePath: "Sessions/Session 02.md", text: note8 },
			],
		},
		{
			id: "dispute-adolescent",
			label: "Lena M, 15, school pupil: IPT-A (adolescent)",
			folder: "Lena M (practice case)",
			notes: [
				{ relativePath: "Lena M.md", text: note9 },
				{ relativePath: "Events/2026-02-20 Row about the school report.md", text: note10 },
				{ relativePath: "People/Carla.md", text: note11 },
				{ relativePath: "People/Hedda.md", text: note12 },
				{ relativePath: "People/Jonas.md", text: note13 },
				{ relativePath: "People/Sofia.md", text: note14 },
				{ relativePath: "Sessions/Session 01.md", text: note15 },
				{ relativePath: "Sessions/Session 02.md", text: note16 },
			],
		},
		{
			id: "transition-perinatal",
			label: "Amira D, 31, new mother: perinatal IPT",
			folder: "Amira D (practice case)",
			notes: [
				{ relativePath: "Amira D.md", text: note17 },
				{ relativePath: "Events/2026-02-14 Noor was born.md", text: note18 },
				{ relativePath: "People/Joanne.md", text: note19 },
				{ relativePath: "People/Kofi.md", text: note20 },
				{ relativePath: "People/Leila.md", text: note21 },
				{ relativePath: "People/Noor.md", text: note22 },
				{ relativePath: "Sessions/Session 01.md", text: note23 },
				{ relativePath: "Sessions/Session 02.md", text: note24 },
			],
		},
		{
			id: "sensitivity-standard",
			label: "Felix R, 34, help-desk worker: standard IPT",
			folder: "Felix R (practice case)",
			notes: [
				{ relativePath: "Felix R.md", text: note25 },
				{ relativePath: "Events/2019-08-01 Moved to the city for the job.md", text: note26 },
				{ relativePath: "People/Anton.md", text: note27 },
				{ relativePath: "People/Brigitte.md", text: note28 },
				{ relativePath: "People/Dev.md", text: note29 },
				{ relativePath: "People/Ravi.md", text: note30 },
				{ relativePath: "Sessions/Session 01.md", text: note31 },
				{ relativePath: "Sessions/Session 02.md", text: note32 },
			],
		},
	];
});
