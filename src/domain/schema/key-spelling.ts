// Recognises a frontmatter key that is probably a misspelling of a key of the note's
// kind (`cirle`, `Circle`, `planned-sessions`, `riskReviewed`), without mistaking the
// user's own keys (`tags`, `created`) or other scales (`phq8`, `gad2`) for one.

/** Keys that are never misspellings: the note format's own and Obsidian's. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(["ipt", "aliases", "tags", "cssclasses"]);

/** Keys are compared without case or separators: `Planned Sessions` is `planned_sessions`. */
function normaliseKey(key: string): string {
	return key.toLowerCase().replace(/[\s_-]+/g, "");
}

function digitsOf(text: string): string {
	return text.replace(/\D+/g, "");
}

/**
 * Optimal string alignment distance (edits, with adjacent swaps counting as one), or
 * `limit + 1` as soon as it is certainly above `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
			current[j] = best;
			rowMin = Math.min(rowMin, best);
		}
		if (rowMin > limit) return limit + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length] ?? limit + 1;
}

interface KnownKey {
	readonly key: string;
	readonly normalised: string;
	readonly digits: string;
	/** Longer keys tolerate two slips, short ones only one. */
	readonly limit: number;
}

// Keys repeat across a vault (`tags`, `created`), so answers are remembered; the bounds
// keep a vault of odd keys from growing the memory without end.
const MEMO_SIZE = 4096;
const MEMO_KEY_LENGTH = 64;

export class KeySpelling {
	private readonly known: readonly KnownKey[];
	private readonly memo = new Map<string, string | null>();

	/** `keys`: the kind's keys; `ignored`: keys that are fine as they are (every kind's keys). */
	constructor(
		keys: readonly string[],
		private readonly ignored: ReadonlySet<string>,
	) {
		this.known = keys.map((key) => {
			const normalised = normaliseKey(key);
			return { key, normalised, digits: digitsOf(normalised), limit: normalised.length >= 8 ? 2 : 1 };
		});
	}

	/** The known key that `key` most likely misspells, or null when it looks like the user's own. */
	suggest(key: string): string | null {
		const remembered = this.memo.get(key);
		if (remembered !== undefined) return remembered;
		const found = this.ignored.has(key) || RESERVED_KEYS.has(key) ? null : this.nearest(key);
		if (key.length <= MEMO_KEY_LENGTH && this.memo.size < MEMO_SIZE) this.memo.set(key, found);
		return found;
	}

	private nearest(key: string): string | null {
		const normalised = normaliseKey(key);
		const digits = digitsOf(normalised);
		let best: string | null = null;
		let bestDistance = Infinity;
		for (const known of this.known) {
			// `phq8` or `hamd21` name other scales, not a slip of `phq9` or `hamd_item3`.
			if (known.digits !== digits) continue;
			const distance = editDistance(normalised, known.normalised, known.limit);
			if (distance <= known.limit && distance < bestDistance) {
				best = known.key;
				bestDistance = distance;
			}
		}
		return best;
	}
}
