// The due view model shows exactly the warnings isDue calls due: the export, the
// caseload and the command-line report share that definition.
import { isDue, WARNING_IDS, type CaseWarning, type WarningId } from "../../../src/domain/engine/analysis";
import { plainNames } from "../../../src/domain/privacy/case-names";
import { dueModel } from "../../../src/domain/views/due-model";
import { bundle, CASE_PATH } from "../engine/builders";

const warning = (id: WarningId): CaseWarning => ({ id, message: `${id} message`, path: CASE_PATH, session: null, rule: { id, text: `${id} rule` } });

it("lists every warning isDue calls due, and no other", () => {
	const ids = dueModel(WARNING_IDS.map(warning), "phq9", plainNames(bundle({}))).items.map((item) => item.id);
	expect([...ids].sort()).toEqual(WARNING_IDS.filter(isDue).sort());
});

it("counts a duplicate session number (a data problem the clinician must fix) and a worsening score as due, a missing safety item as not", () => {
	expect(isDue("duplicate-session-number")).toBe(true);
	expect(isDue("worsening")).toBe(true);
	expect(isDue("safety-item-not-recorded")).toBe(false);
	expect(dueModel([warning("duplicate-session-number")], "phq9", plainNames(bundle({}))).items).toEqual([
		{
			id: "duplicate-session-number",
			title: "Renumber sessions",
			message: "duplicate-session-number message",
			link: { path: CASE_PATH, text: "Jo" },
			rule: { id: "duplicate-session-number", text: "duplicate-session-number rule" },
		},
	]);
});
