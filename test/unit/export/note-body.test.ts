// A note's body as an export takes it: after the frontmatter as every reader finds it,
// and without what the note holds but does not show.
import { noteBody } from "../../../src/domain/export/note-body";
import { splitFrontmatter } from "../../../src/domain/model/frontmatter-span";

const NBSP = "\u00A0";

describe("the frontmatter", () => {
	it.each([
		["---\nipt: case\n---\n# Body\n", "# Body\n"],
		["\uFEFF---\r\nipt: case\r\n---\r\nBody", "Body"],
		["---\n---\nBody", "Body"],
		["---\nipt: case\n---", ""],
		["No frontmatter\n---\nnot one\n", "No frontmatter\n---\nnot one\n"],
		["--- \t\nipt: case\n---  \nBody", "Body"],
	])("%j gives %j", (text, body) => {
		expect(noteBody(text)).toBe(body);
	});

	it("is a block whose fences end in a no-break space, for the reader and the stripper alike", () => {
		const text = `---${NBSP}\nipt: case\naddress: 12 Elm Road\nphone: 555 0100\n---${NBSP}\nBody`;
		expect(splitFrontmatter(text)?.yaml).toBe("ipt: case\naddress: 12 Elm Road\nphone: 555 0100\n");
		expect(noteBody(text)).toBe("Body");
	});

	it("opened and never closed withholds the whole note: where the properties end cannot be told", () => {
		expect(noteBody("---\nipt: case\nrecord: 4471\n\nText")).toBe("");
		expect(noteBody(`---${NBSP}\nrecord: 4471\n`)).toBe("");
	});
});

describe("what the note does not show", () => {
	it.each([
		["Obsidian's inline comment", "Seen %%phone 555 0100%% here", "Seen  here"],
		["Obsidian's comment over lines", "Before\n%%\nAddress: 12 Elm Road\nRecord 4471\n%%\nAfter", "Before\n\nAfter"],
		["an Obsidian comment left open, to the end", "Seen\n%% record 4471\nand more", "Seen\n"],
		["an HTML comment", "Seen <!-- record 4471 --> here", "Seen  here"],
		["an HTML comment over lines", "A\n<!--\nphone 555 0100\n-->\nB", "A\n\nB"],
		["an HTML comment left open, to the end", "Seen <!-- record 4471", "Seen "],
		["a comment inside the other kind", "A <!-- %% --> 4471 --> B", "A  4471 --> B"],
	])("drops %s", (_what, body, shown) => {
		expect(noteBody(`---\nipt: session\n---\n${body}`)).toBe(shown);
	});

	it.each([
		["an element with the hidden attribute", 'A <span hidden>record 4471</span> B', "A  B"],
		["a hidden element holding one of its kind", "A <div hidden><div>x</div>record 4471</div> B", "A  B"],
		["an element hidden by its style", 'A <p style="color: red; display:none">555 0100</p> B', "A  B"],
		["an element made invisible", "A <span style='visibility: hidden'>4471</span> B", "A  B"],
		["a script, a style and a template", "A<script>var r = 4471;</script><style>.x{}</style><template>555</template> B", "A B"],
		["a hidden element never closed, to the end", "A <div hidden>record 4471\n\nmore", "A "],
		["a hidden input's value with the tag", 'A <input type="hidden" value="4471"> B', "A  B"],
	])("drops %s", (_what, body, shown) => {
		expect(noteBody(`---\nipt: session\n---\n${body}`)).toBe(shown);
	});

	it("keeps the text of shown elements but not their attributes", () => {
		expect(noteBody('---\nipt: session\n---\n<span title="record 4471" data-phone="555">Seen</span> <b>bold</b><br>')).toBe("Seen bold");
	});

	it("keeps what only looks like markup: an autolink, a comparison, a void element with no hiding", () => {
		expect(noteBody("---\nipt: session\n---\nSee <https://example.org> when 3 < 5 > 2 and 100% or 50 % done")).toBe("See <https://example.org> when 3 < 5 > 2 and 100% or 50 % done");
		expect(noteBody('---\nipt: session\n---\nA <img hidden src="x.png"> B <b>c</b>')).toBe("A  B c");
	});
});
