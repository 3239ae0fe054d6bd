// The case's supervision as its totals give it (supervision/): the counts a
// certification body reads beside the case report, named as the export names them.
import { supervisionTotals } from "../../supervision/supervision-totals";
import { totalsRows } from "../../supervision/totals-rows";
import { section, table } from "../markdown";
import type { SummaryContext } from "../summary/context";

export function supervisionSection(context: SummaryContext): string[] {
	const { bundle, names, settings } = context;
	const [rows] = totalsRows(supervisionTotals([{ bundle, names }], settings)).cases;
	if (rows === undefined) return section("Supervision", ["No supervision notes for this case yet (ipt: supervision)."]);
	return section("Supervision", [
		...table(
			[
				{ heading: "Supervision", value: (row: { label: string; value: string }) => row.label },
				{ heading: "This case", value: (row) => row.value },
			],
			rows.rows,
		),
		...(rows.problems.length === 0 ? [] : ["", ...rows.problems.map((problem) => `- ${problem}`)]),
	]);
}
