// What a note holds but does not show, kept out of an exported body: Obsidian's comments
// (`%% ... %%`), HTML comments, elements that are not displayed, and the markup of every
// other HTML tag (its attributes, a title or a data- value, are not shown either; its
// text is). A comment or hidden element left open runs to the end of the note: what
// cannot be told apart is left out, never let out.

/** Either kind of comment, up to its end or the end of the text. */
const COMMENT = /%%[\s\S]*?(?:%%|$)|<!--[\s\S]*?(?:-->|$)/g;

/** An opening (or self-closing) tag: `<name attributes>`. An autolink such as `<https://...>` is not one. */
const OPENING_TAG = /<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])([^>]*)>/g;

/** Any tag, opening or closing. */
const ANY_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^>]*>/g;

/** Elements whose content is never shown as text. */
const UNSHOWN_ELEMENTS = new Set(["script", "style", "template", "noscript", "textarea", "select", "object", "iframe", "svg"]);

/** Elements that have no content, so no closing tag to look for. */
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** The `hidden` attribute, or a style that hides the element. */
const HIDING_ATTRIBUTES = /(?:^|\s)hidden(?=[\s=/]|$)|display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0*)?(?![\d.])|font-size\s*:\s*0(?![\d.])/i;

/** Where the element opened at `from` ends: after its matching closing tag, nested ones of its name counted; else the text's end. */
function elementEnd(text: string, name: string, from: number): number {
	const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, "gi");
	tags.lastIndex = from;
	let depth = 1;
	for (let tag = tags.exec(text); tag !== null; tag = tags.exec(text)) {
		if (tag[0].endsWith("/>")) continue;
		depth += tag[1] === "/" ? -1 : 1;
		if (depth === 0) return tags.lastIndex;
	}
	return text.length;
}

function withoutHiddenElements(text: string): string {
	let kept = "";
	let from = 0;
	OPENING_TAG.lastIndex = 0;
	for (let tag = OPENING_TAG.exec(text); tag !== null; tag = OPENING_TAG.exec(text)) {
		const name = (tag[1] ?? "").toLowerCase();
		const attributes = tag[2] ?? "";
		if (!UNSHOWN_ELEMENTS.has(name) && !HIDING_ATTRIBUTES.test(attributes)) continue;
		const selfContained = VOID_ELEMENTS.has(name) || attributes.trimEnd().endsWith("/");
		const end = selfContained ? OPENING_TAG.lastIndex : elementEnd(text, name, OPENING_TAG.lastIndex);
		kept += text.slice(from, tag.index);
		from = end;
		OPENING_TAG.lastIndex = end;
	}
	return kept + text.slice(from);
}

/** The body as a reader of the note sees it: comments and hidden elements gone, other tags reduced to their text. */
export function shownText(body: string): string {
	return withoutHiddenElements(body.replace(COMMENT, "")).replace(ANY_TAG, "");
}
