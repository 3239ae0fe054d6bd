// A note's text without its frontmatter and without what the note does not show: what
// the summary calls the note's body.
import { afterFrontmatter, opensFrontmatter } from "../model/frontmatter-span";
import { shownText } from "./hidden-text";

/**
 * The text after the frontmatter (found as every reader finds it, see frontmatter-span),
 * less comments and hidden HTML. A note that opens a frontmatter block and never closes
 * it gives no body at all: where its properties end cannot be told.
 */
export function noteBody(text: string): string {
	const after = afterFrontmatter(text);
	if (after === null && opensFrontmatter(text)) return "";
	const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return shownText(after ?? unmarked);
}
