// What an IPT code block in a note asks for. Its body is a few `key: value` lines; today
// the only key is `case`, for a block that shows another case than its note's own.

export const EMBED_KINDS = ["circle", "timeline", "measures", "summary", "caseload"] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The code block's language, as written after the opening fence. */
export function embedLanguage(kind: EmbedKind): string {
	return `ipt-${kind}`;
}

export interface BlockOptions {
	/** The case the block names, as written (link brackets and quotes removed); null for the note's own case. */
	readonly caseName: string | null;
}

export type BlockReading = { readonly options: BlockOptions } | { readonly problem: string };

const OPTION_LINE = /^([A-Za-z_-]+)\s*:\s*(.*)$/;

/** `"[[IPT/Ann/Ann|Ann]]"` to `IPT/Ann/Ann`: the block takes a case as a link, a path or a client, quoted or not. */
function caseNameOf(value: string): string {
	const unquoted = /^(["'])(.*)\1$/.exec(value)?.[2] ?? value;
	const link = /^\[\[([^\]|#]*)(?:[#|][^\]]*)?\]\]$/.exec(unquoted.trim());
	return (link?.[1] ?? unquoted).trim();
}

export function readBlockOptions(kind: EmbedKind, source: string): BlockReading {
	const language = embedLanguage(kind);
	let caseName: string | null = null;
	const lines = source.split(/\r?\n/);
	for (const [i, raw] of lines.entries()) {
		const line = raw.trim();
		if (line === "") continue;
		const where = `Line ${i + 1} of the ${language} block`;
		const option = OPTION_LINE.exec(line);
		const key = option?.[1]?.toLowerCase();
		if (!option || key !== "case") {
			const takes = kind === "caseload" ? "It takes no options: it shows every case." : 'It takes one option, "case: " with a client, a case note or a link to one.';
			return { problem: `${where} ("${line}") is not an option of ${language}. ${takes}` };
		}
		if (kind === "caseload") return { problem: `${where}: ${language} shows every case, so it takes no "case:"; remove the line.` };
		if (caseName !== null) return { problem: `${where}: "case:" is given twice; keep one.` };
		caseName = caseNameOf(option[2] ?? "");
		if (caseName === "") return { problem: `${where}: "case:" is empty; give a client, a case note or a link to one, or remove the line for this note's own case.` };
	}
	return { options: { caseName } };
}
