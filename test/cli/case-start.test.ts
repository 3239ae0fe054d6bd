// A case note created on the day a client was moved in, over sessions held before it:
// `validate` names the case note and its `start`.
import { makeVault, note, removeVault, runCli } from "../support/cli";

describe("a case whose start is after its first session", () => {
	let root = "";
	afterEach(() => removeVault(root));

	it("is a warning of validate on the case note's start", () => {
		root = makeVault({
			"Clients/Ann/Ann.md": note("ipt: case\nclient: A.K.\nstart: 2026-05-01"),
			"Clients/Ann/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-04-02"),
		});
		const result = runCli(["validate", root]);
		expect(result.stdout).toMatch(/Clients\/Ann\/Ann\.md\n\s+warning\s+start: 2026-05-01 is after the first session \(session 1, held 2026-04-02/);
	});

	it("is nothing once the start is moved back", () => {
		root = makeVault({
			"Clients/Ann/Ann.md": note("ipt: case\nclient: A.K.\nstart: 2026-04-02"),
			"Clients/Ann/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-04-02"),
		});
		expect(runCli(["validate", root]).stdout).not.toMatch(/start:/);
	});
});
