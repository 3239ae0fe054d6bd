// A person whose first name is also an everyday word ("May", "Will") must not stop the
// export: the leak scan reads the tool's own wording too, so that wording must not
// hold such a word. The refusal would ask the clinician to change a note, which cannot help.
import { JORDAN_FILES, loadCase } from "./jordan-case";
import { run } from "./export-support";

const EVERYDAY_WORD_NAMES = ["May", "Will", "Mark", "Rose", "Grace", "Hope", "Joy", "Faith", "Bill", "Pat", "Art", "Sue", "Frank", "Ray", "Dawn", "June", "Max", "Don", "Drew", "Chase", "Rich", "Sunny", "Dean", "Guy", "Early"];

describe("a person named by an everyday word", () => {
	it.each(EVERYDAY_WORD_NAMES)("%s does not make the export refuse", (word) => {
		const files = {
			...JORDAN_FILES,
			[`IPT/Jordan R/People/${word} Okafor.md`]: `---\nipt: person\nname: ${word} Okafor\nrole: cousin\ncircle: 3\n---\n`,
		};
		const result = run(loadCase(files), { includeBodies: true });
		expect("refused" in result ? result.refused.map((leak) => `${leak.name} in ${leak.where}`) : []).toEqual([]);
	});
});
