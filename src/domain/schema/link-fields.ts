// Parsers for link keys, in every form note-format.md accepts. An unquoted `[[...]]`
// works but gets a warning: Obsidian does not see it as a link, so renaming the note
// would not update it.
import { parseLink, type LinkRef } from "../model/links";
import { isGiven, type Field, type Reporter } from "./field";
import { entriesOf, NONE } from "./list-fields";
import { notA } from "./scalar-fields";

const EXPECTED_LINK = 'a note link such as "[[Jordan R]]"';

function warnUnquoted(field: string, links: readonly LinkRef[], report: Reporter): void {
	const unquoted = links.filter((link) => link.unquoted);
	const first = unquoted[0];
	if (first === undefined) return;
	const shown = unquoted.map((link) => `[[${link.target}]]`).join(", ");
	report.warning(
		field,
		unquoted.length === 1
			? `the link ${shown} is not quoted; it is read as a link, but write it as "[[${first.target}]]" so that Obsidian keeps it up to date`
			: `the links ${shown} are not quoted; they are read as links, but write each in quotes, like "[[${first.target}]]", so that Obsidian keeps them up to date`,
	);
}

export const linkField: Field<LinkRef | null> = {
	fallback: null,
	read(field, value, report) {
		const link = parseLink(value);
		if (link === null) report.error(field, notA(value, "a link", EXPECTED_LINK));
		else warnUnquoted(field, [link], report);
		return link;
	},
};

/** Links to notes, each listed once. */
export const linkListField: Field<readonly LinkRef[]> = {
	fallback: NONE,
	read(field, value, report) {
		// `related: [[Ann]]` is YAML for [["Ann"]]: the whole value is one unquoted link.
		const entries = parseLink(value) === null ? entriesOf(value) : [value];
		const found: LinkRef[] = [];
		for (const entry of entries) {
			if (!isGiven(entry)) continue;
			const link = parseLink(entry);
			if (link === null) report.error(field, notA(entry, "a link", EXPECTED_LINK));
			else found.push(link);
		}
		warnUnquoted(field, found, report);
		return found.filter((link, index) => found.findIndex((other) => other.target === link.target) === index);
	},
};
