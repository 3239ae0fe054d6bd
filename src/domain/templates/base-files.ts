// The bases "Install editable templates" offers: each opens first on a plain table, so
// it still works without the plugin, then on the plugin's own view where there is one.

export interface BaseFile {
	readonly name: string;
	readonly text: string;
}

/** A Bases expression as a YAML single-quoted scalar: a quote inside is doubled. */
function expression(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

function baseText(folder: string, kind: string, table: { name: string; order: readonly string[] }, pluginView?: { type: string; name: string }): string {
	const lines = [
		"filters:",
		"  and:",
		`    - ${expression(`file.inFolder(${JSON.stringify(folder)})`)}`,
		`    - ${expression(`ipt == ${JSON.stringify(kind)}`)}`,
		"views:",
		"  - type: table",
		`    name: ${table.name}`,
		"    order:",
		...table.order.map((property) => `      - ${property}`),
	];
	if (pluginView) lines.push(`  - type: ${pluginView.type}`, `    name: ${pluginView.name}`);
	return `${lines.join("\n")}\n`;
}

export function baseFiles(casesFolder: string): BaseFile[] {
	return [
		{
			name: "IPT caseload.base",
			text: baseText(casesFolder, "case", { name: "Cases", order: ["file.name", "client", "status", "protocol", "start", "planned_sessions", "focus"] }, { type: "ipt-caseload", name: "IPT caseload" }),
		},
		{
			name: "Inventory.base",
			text: baseText(casesFolder, "person", { name: "People", order: ["file.name", "case", "role", "circle", "support", "conflict", "status"] }, { type: "ipt-closeness-circle", name: "IPT closeness circle" }),
		},
		{
			name: "Sessions.base",
			text: baseText(casesFolder, "session", { name: "Sessions", order: ["file.name", "case", "session", "date", "phq9", "risk_reviewed"] }),
		},
	];
}
