// docs/ipt-rules.md and the rule catalogue name the same rules: a rule the engine can
// attach is explained in the doc, and a rule the doc names exists in the engine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleIds } from "../../../src/domain/engine/rules/catalogue";

const DOC = readFileSync(join(__dirname, "../../../docs/ipt-rules.md"), "utf8");

describe("docs/ipt-rules.md and the rule catalogue", () => {
	it.each(ruleIds().map((id) => [id]))("the doc names rule %s", (id) => {
		expect(DOC).toContain(`\`${id}\``);
	});

	it("names no rule the catalogue lacks", () => {
		// "(rule `x`)" and "rule\n  `x`": the doc's way of giving a rule its id.
		const named = [...DOC.matchAll(/\brule\s+`([a-z0-9-]+)`/g)].map((m) => m[1]);
		expect(named.length).toBeGreaterThan(20);
		expect(named.filter((id) => !(ruleIds() as readonly (string | undefined)[]).includes(id))).toEqual([]);
	});
});
