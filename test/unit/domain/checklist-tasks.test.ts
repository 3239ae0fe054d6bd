import { parseNote } from "../../../src/domain/parse-note";
import type { SessionRecord } from "../../../src/domain/model/records";
import { checklistTasks, type ChecklistLine } from "../../../src/domain/schema/checklist-tasks";
import { DiagnosticLog } from "../../../src/domain/schema/field";
import { checklistInText } from "../../../src/index/checklist-text";

function line(status: string, text: string, n = 5): ChecklistLine {
	return { line: n, status, text: `- [${status}] ${text}` };
}

function tasksOf(lines: ChecklistLine[]): { tasks: string[]; messages: string[] } {
	const log = new DiagnosticLog("S.md");
	const tasks = checklistTasks(lines, log);
	return { tasks, messages: log.diagnostics.map((d) => `${d.field} | ${d.message}`) };
}

describe("which checklist items count as tasks", () => {
	it("counts x and X, not an open, cancelled or other status", () => {
		expect(tasksOf([line("x", "Shared `formulation`"), line("X", "Given `Sick-Role`")]).tasks).toEqual(["formulation", "sick-role"]);
		expect(tasksOf(["", " ", "-", "/", ">", "!", "?"].map((status) => line(status, "Shared `formulation`"))).tasks).toEqual([]);
	});

	it("takes every task a line names, each once; prose and longer code spans are not ids", () => {
		expect(tasksOf([line("x", "Agreed `focus-agreed` and `contract`"), line("x", "Again `contract`")]).tasks).toEqual(["focus-agreed", "contract"]);
		expect(tasksOf([line("x", "Formulation shared"), line("x", "Ran `some code here`")])).toEqual({ tasks: [], messages: [] });
	});

	it("warns of a one-word span that is no task id, naming the line, without guessing", () => {
		expect(tasksOf([line("x", "Shared `formulaton`", 12), line(" ", "Open `nonsense`")]).messages).toEqual([
			"line 12 | line 12: `formulaton` in a ticked checklist item is not a task id, so the item counts as no task; write one of psychoeducation, sick-role, inventory, timeline, formulation, contract, focus-agreed, measure-review, termination-discussed, relapse-plan, maintenance-plan",
		]);
	});

	it("adds the ticked tasks to a session's own, and only a session's", () => {
		const checklist = [line("x", "Shared `formulation`")];
		const session = parseNote("S.md", { ipt: "session", session: 2, tasks: ["inventory", "formulation"] }, {}, checklist).record as SessionRecord;
		expect(session.tasks).toEqual(["inventory", "formulation"]);
		expect((parseNote("S.md", { ipt: "session", session: 2 }, {}, checklist).record as SessionRecord).tasks).toEqual(["formulation"]);
		expect(parseNote("P.md", { ipt: "person" }, {}, [line("x", "`formulaton`")]).diagnostics).toEqual([]);
	});
});

describe("the checklist items of a note's text", () => {
	it("numbers lines over the whole note and keeps each line as written", () => {
		const text = "---\nipt: session\n---\n# S\n- [x] Done `formulation`\r\n  * [ ] Open\n> - [-] In a quote\n1) [X] Numbered\nNot - [x] an item\n";
		expect(checklistInText(text)).toEqual([
			{ line: 5, status: "x", text: "- [x] Done `formulation`" },
			{ line: 6, status: " ", text: "  * [ ] Open" },
			{ line: 7, status: "-", text: "> - [-] In a quote" },
			{ line: 8, status: "X", text: "1) [X] Numbered" },
		]);
	});

	it("skips code blocks, comments and the frontmatter", () => {
		const text = "---\nnote: |\n  - [x] in yaml\n---\n```\n- [x] code\n```\n~~~md\n- [x] code\n~~~\n<!-- - [x] html -->\n%%\n- [x] percent\n%%\n- [x] kept\n";
		expect(checklistInText(text).map((item) => item.line)).toEqual([15]);
		expect(checklistInText("- [x] no frontmatter\n")).toEqual([{ line: 1, status: "x", text: "- [x] no frontmatter" }]);
	});
});
