import { isDue, WARNING_IDS } from "../../../src/domain/engine/analysis";
import { dueAction, withTask } from "../../../src/domain/views/due-actions";

describe("the due items' actions", () => {
	it("are given only to items that are due", () => {
		for (const id of WARNING_IDS) if (dueAction(id) !== null) expect([id, isDue(id)]).toEqual([id, true]);
	});

	it("tick the task whose absence raised the item", () => {
		expect(dueAction("formulation-missing")).toEqual({ kind: "tick", task: "formulation", label: "Mark done" });
		expect(dueAction("termination-not-discussed")).toMatchObject({ task: "termination-discussed" });
		expect(dueAction("worsening")).toBeNull();
	});

	it("add a task to whatever tasks the session holds, once", () => {
		expect(withTask(undefined, "formulation")).toEqual(["formulation"]);
		expect(withTask(null, "formulation")).toEqual(["formulation"]);
		expect(withTask("sick-role", "formulation")).toEqual(["sick-role", "formulation"]);
		expect(withTask(["sick-role", "Formulaton"], "formulation")).toEqual(["sick-role", "Formulaton", "formulation"]);
		expect(withTask(["formulation"], "formulation")).toEqual(["formulation"]);
	});
});
