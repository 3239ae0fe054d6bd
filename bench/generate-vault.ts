// A deterministic synthetic vault: IPT cases of realistic size among ordinary notes
// with typical frontmatter. The same seed always gives the same vault.

export interface SyntheticNote {
	readonly path: string;
	readonly frontmatter: Record<string, unknown>;
	readonly body: string;
}

export interface VaultShape {
	readonly notes: number;
	/** Share of notes that are IPT notes (0-1). */
	readonly iptShare: number;
	readonly peoplePerCase: number;
	readonly sessionsPerCase: number;
	readonly eventsPerCase: number;
	readonly seed: number;
}

export const TYPICAL_SHAPE: Omit<VaultShape, "notes"> = { iptShare: 0.2, peoplePerCase: 12, sessionsPerCase: 16, eventsPerCase: 5, seed: 1 };

/** mulberry32: small, fast and good enough to vary test data reproducibly. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ROLES = ["partner", "mother", "father", "sister", "brother", "friend", "colleague", "boss", "neighbour", "cousin", "son", "daughter"];
const EVENT_TYPES = ["death", "job-loss", "move", "conflict", "birth", "separation", "illness", "new-job"];
const TAGS = ["daily", "project", "reading", "meeting", "idea", "journal", "todo"];

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

function dateOf(dayOffset: number): string {
	const d = new Date(Date.UTC(2025, 0, 1) + dayOffset * 86_400_000);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function caseNotes(c: number, shape: VaultShape, rnd: () => number): SyntheticNote[] {
	const folder = `IPT/Client ${c}`;
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
	const start = Math.floor(rnd() * 500);
	const notes: SyntheticNote[] = [
		{
			path: `${folder}/Client ${c}.md`,
			frontmatter: { ipt: "case", client: `C${c}`, protocol: "standard", planned_sessions: 16, start: dateOf(start), onset: dateOf(start - 60), focus: [pick(["grief", "role-dispute", "role-transition"])], measure: "phq9", tags: ["ipt"] },
			body: "## Formulation\nSynthetic case.\n",
		},
	];
	for (let p = 0; p < shape.peoplePerCase; p++) {
		notes.push({
			path: `${folder}/People/Person ${c}-${p}.md`,
			frontmatter: {
				ipt: "person",
				role: pick(ROLES),
				circle: 1 + Math.floor(rnd() * 3),
				contact: pick(["daily", "weekly", "monthly", "rarely"]),
				support: Math.floor(rnd() * 4),
				conflict: Math.floor(rnd() * 4),
				...(rnd() < 0.1 ? { died: dateOf(start - Math.floor(rnd() * 400)) } : {}),
				...(rnd() < 0.2 ? { dispute_stage: "impasse", expectations_reciprocal: false } : {}),
				related: [`[[Person ${c}-${(p + 1) % shape.peoplePerCase}]]`],
			},
			body: "## What is satisfying\n\n## What is unsatisfying\n",
		});
	}
	for (let e = 0; e < shape.eventsPerCase; e++) {
		notes.push({
			path: `${folder}/Events/Event ${c}-${e}.md`,
			frontmatter: { ipt: "event", date: dateOf(start - Math.floor(rnd() * 500)), type: pick(EVENT_TYPES), people: [`[[Person ${c}-${e}]]`] },
			body: "",
		});
	}
	for (let s = 1; s <= shape.sessionsPerCase; s++) {
		const items = Array.from({ length: 9 }, () => Math.floor(rnd() * 3));
		notes.push({
			path: `${folder}/Sessions/Session ${pad(s)}.md`,
			frontmatter: {
				ipt: "session",
				case: `[[Client ${c}]]`,
				session: s,
				date: dateOf(start + 7 * (s - 1)),
				phq9: items.reduce((a, b) => a + b, 0),
				phq9_items: items,
				tasks: s === 1 ? ["psychoeducation", "sick-role"] : s === 3 ? ["inventory", "formulation"] : ["measure-review"],
				homework: ["Practise one conversation", "Keep the mood diary"],
				homework_review: pick(["done", "partial", "not-done"]),
				risk_reviewed: rnd() < 0.5,
			},
			body: "## Agenda\n\n## Interpersonal work\n",
		});
	}
	return notes;
}

function ordinaryNote(i: number, rnd: () => number): SyntheticNote {
	return {
		path: `Notes/${Math.floor(i / 500)}/Note ${i}.md`,
		frontmatter: {
			tags: [TAGS[i % TAGS.length], TAGS[(i * 3) % TAGS.length]],
			aliases: [`N${i}`],
			created: dateOf(Math.floor(rnd() * 700)),
			status: rnd() < 0.5 ? "draft" : "done",
			related: `[[Note ${(i * 7) % 1000}]]`,
		},
		body: `# Note ${i}\n\nSome ordinary text with a [[link]] and a #tag.\n`,
	};
}

export function generateVault(shape: VaultShape): SyntheticNote[] {
	const rnd = random(shape.seed);
	const perCase = 1 + shape.peoplePerCase + shape.eventsPerCase + shape.sessionsPerCase;
	const cases = Math.floor((shape.notes * shape.iptShare) / perCase);
	const notes: SyntheticNote[] = [];
	for (let c = 0; c < cases; c++) notes.push(...caseNotes(c, shape, rnd));
	for (let i = 0; notes.length < shape.notes; i++) notes.push(ordinaryNote(i, rnd));
	return notes;
}
