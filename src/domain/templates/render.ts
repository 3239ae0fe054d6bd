// Fills a template's placeholders. Pure and total: any text and any values give a
// note, never an exception.
//
// Rules
// - `{{client}}`, `{{date}}`, `{{session}}`, `{{phase}}`, `{{case}}` and `{{focus}}` are
//   replaced when `values` has text for them; any other `{{...}}`, and a known one
//   without a value, stays as written (Obsidian's own `{{title}}` or `{{time}}`, say).
// - In the body a value goes in as written.
// - In the frontmatter a value goes in as YAML that reads back as that value:
//   - standing alone as a value, bare (`session: {{session}}`) or quoted
//     (`case: "{{case}}"`), the placeholder and its quotes become a scalar: bare for a
//     whole number, a date or simple words, double-quoted and escaped otherwise; so
//     `session: 3` stays a number and `client: "a: \"b\""` stays text.
//   - `{{focus}}` standing alone is a list of the comma-separated areas: a flow list as
//     a key's value, items inside a flow list, one item per line in a block list.
//   - inside a longer quoted scalar, the value is escaped for that quote style (single
//     quotes cannot escape a line break, so it becomes a space).
//   - inside a longer bare scalar, that whole scalar is rewritten as a quoted scalar.
//   - in a comment, line breaks become spaces.
//   Templates write frontmatter placeholders quoted, so that a template not yet
//   rendered is valid YAML too.
import { fillFrontmatter } from "./fill-frontmatter";
import { splitFrontmatter } from "../model/frontmatter-span";
import { substitute, type PlaceholderValues } from "./placeholders";

export { PLACEHOLDERS, type Placeholder, type PlaceholderValues } from "./placeholders";

function fillBody(text: string, values: PlaceholderValues): string {
	return substitute(text, values, (value) => value);
}

export function renderTemplate(text: string, values: PlaceholderValues): string {
	const parts = splitFrontmatter(text);
	if (parts === null) return fillBody(text, values);
	return parts.open + fillFrontmatter(parts.yaml, values) + fillBody(parts.rest, values);
}
