// The floor of a render: the same tree built with bare DOM calls and nothing else, so
// a render's figure can be read against what the DOM engine itself costs for it.

export type Blueprint =
	| { readonly text: string }
	| { readonly namespace: string | null; readonly tag: string; readonly attributes: readonly (readonly [string, string])[]; readonly children: readonly Blueprint[] };

/**
 * The children of `parent` as plain data. Taken outside the timing, so the floor pays
 * for building the tree only, not for reading the rendered one.
 */
export function blueprintOf(parent: Node): Blueprint[] {
	return Array.from(parent.childNodes, (node): Blueprint => {
		if (node.nodeType === node.TEXT_NODE) return { text: node.nodeValue ?? "" };
		// A node kind the floor would not rebuild would make the floor quietly smaller.
		if (node.nodeType !== node.ELEMENT_NODE) throw new Error(`the render made a node the floor does not rebuild (type ${node.nodeType})`);
		const el = node as Element;
		return { namespace: el.namespaceURI, tag: el.localName, attributes: Array.from(el.attributes, (a) => [a.name, a.value] as const), children: blueprintOf(el) };
	});
}

/** Builds `parts` under `parent` top-down, as a render does: create, set attributes, append, then the children. */
export function buildFloor(parent: Node, parts: readonly Blueprint[], doc: Document = parent.ownerDocument ?? activeDocument): void {
	for (const part of parts) {
		if ("text" in part) {
			parent.appendChild(doc.createTextNode(part.text));
			continue;
		}
		const el = doc.createElementNS(part.namespace, part.tag);
		for (const [name, value] of part.attributes) el.setAttribute(name, value);
		parent.appendChild(el);
		buildFloor(el, part.children, doc);
	}
}
