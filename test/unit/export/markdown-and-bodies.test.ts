import { cell, table } from "../../../src/domain/export/markdown";
import { caseNotePaths } from "../../../src/domain/model/case-bundle";
import { loadCase } from "./jordan-case";

it("lists every note of a case, the case note first", () => {
	const { bundle } = loadCase();
	const paths = caseNotePaths(bundle);
	expect([paths[0], paths.length]).toEqual([bundle.path, 13]);
});

describe("tables", () => {
	it("keep a cell on one line with its pipes escaped, and mark an empty one", () => {
		expect([cell("a | b\nc"), cell("  ")]).toEqual(["a \\| b c", "–"]);
	});

	it("leave out a column that is not wanted", () => {
		const rows = [{ a: "1", b: "2" }];
		expect(
			table(
				[
					{ heading: "A", value: (row: { a: string; b: string }) => row.a },
					{ heading: "B", value: (row) => row.b, when: false },
				],
				rows,
			),
		).toEqual(["| A |", "| --- |", "| 1 |"]);
	});
});
