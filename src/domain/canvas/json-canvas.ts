// JSON Canvas 1.0 (jsoncanvas.org), the format of Obsidian's .canvas files: the parts
// the closeness circle uses, and a reader that says what is wrong with a file.

export type CanvasColor = "1" | "2" | "3" | "4" | "5" | "6";

interface NodeBase {
	readonly id: string;
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly color?: CanvasColor;
}

export type CanvasNode =
	| (NodeBase & { readonly type: "text"; readonly text: string })
	| (NodeBase & { readonly type: "file"; readonly file: string })
	| (NodeBase & { readonly type: "group"; readonly label?: string })
	| (NodeBase & { readonly type: "link"; readonly url: string });

export interface CanvasEdge {
	readonly id: string;
	readonly fromNode: string;
	readonly toNode: string;
	readonly label?: string;
	readonly color?: CanvasColor;
}

export interface CanvasDocument {
	readonly nodes: readonly CanvasNode[];
	readonly edges: readonly CanvasEdge[];
}

export type CanvasReading = { readonly canvas: CanvasDocument } | { readonly problem: string };

const NODE_TYPES = new Set(["text", "file", "group", "link"]);
const TYPE_FIELD: Readonly<Record<string, string>> = { text: "text", file: "file", link: "url" };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nodeProblem(node: unknown, at: string): string | null {
	if (!isRecord(node)) return `${at} is not an object`;
	if (typeof node.id !== "string" || node.id === "") return `${at} has no "id"`;
	if (typeof node.type !== "string" || !NODE_TYPES.has(node.type)) return `${at} has "type" ${JSON.stringify(node.type)}, not text, file, link or group`;
	for (const key of ["x", "y", "width", "height"]) if (typeof node[key] !== "number" || !Number.isFinite(node[key])) return `${at} has no number "${key}"`;
	const field = TYPE_FIELD[node.type];
	if (field !== undefined && typeof node[field] !== "string") return `${at} is a ${node.type} node without a "${field}"`;
	return null;
}

function edgeProblem(edge: unknown, at: string, ids: ReadonlySet<string>): string | null {
	if (!isRecord(edge)) return `${at} is not an object`;
	for (const key of ["id", "fromNode", "toNode"]) if (typeof edge[key] !== "string") return `${at} has no "${key}"`;
	if (!ids.has(edge.fromNode as string) || !ids.has(edge.toNode as string)) return `${at} joins a node that is not in the canvas`;
	return null;
}

/** Reads a .canvas file's text; `path` names the file in the message when it is not JSON Canvas. */
export function readCanvas(text: string, path: string): CanvasReading {
	let data: unknown;
	try {
		data = text.trim() === "" ? {} : JSON.parse(text);
	} catch (error) {
		return { problem: `${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
	}
	if (!isRecord(data)) return { problem: `${path} is not a JSON Canvas: it holds no object.` };
	const nodes = data.nodes ?? [];
	const edges = data.edges ?? [];
	if (!Array.isArray(nodes)) return { problem: `${path}: "nodes" is not a list.` };
	if (!Array.isArray(edges)) return { problem: `${path}: "edges" is not a list.` };
	for (const [i, node] of nodes.entries()) {
		const problem = nodeProblem(node, `nodes[${i}]`);
		if (problem !== null) return { problem: `${path}: ${problem}.` };
	}
	const ids = new Set((nodes as { id: string }[]).map((node) => node.id));
	for (const [i, edge] of edges.entries()) {
		const problem = edgeProblem(edge, `edges[${i}]`, ids);
		if (problem !== null) return { problem: `${path}: ${problem}.` };
	}
	return { canvas: { nodes: nodes as CanvasNode[], edges: edges as CanvasEdge[] } };
}
