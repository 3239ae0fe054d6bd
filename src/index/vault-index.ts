import type { CaseBundle } from "../domain/model/case-bundle";
import type { Diagnostic } from "../domain/model/diagnostic";
import type { CaseRecord, EventRecord, MemberRecord, PersonRecord, SessionRecord } from "../domain/model/records";
import { parseNote, type ParsedNote } from "../domain/parse-note";
import { personResolver, type PersonResolver } from "../domain/model/person-links";
import { linkKey, nameKey, pickLinkTarget } from "./case-link";
import { FolderTree } from "./folder-tree";
import { MultiMap } from "./multimap";
import { folderOf, selfAndAncestors } from "./paths";

interface Entry {
	readonly parsed: ParsedNote;
	/** Kept so that a rename can re-read the note under its new path. */
	readonly frontmatter: unknown;
}

interface Placement {
	readonly casePath: string | null;
	readonly diagnostic: Diagnostic | null;
}

const NOTHING_CHANGED: ReadonlySet<string> = new Set();

function byPath(a: { path: string }, b: { path: string }): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The vault's IPT notes, grouped into cases, kept current one note at a time. Every
 * update returns the case paths whose bundle changed, so a face redraws only those.
 * Ordinary notes (no `ipt` key) cost one parse and are not kept.
 */
export class VaultIndex {
	private readonly entries = new Map<string, Entry>();
	private readonly caseNotes = new Set<string>();
	private readonly caseNotesByFolder = new MultiMap<string, string>();
	private readonly caseNotesByName = new MultiMap<string, string>();
	/** Member notes without a `case` link, by their folder. */
	private readonly folderPlaced = new MultiMap<string, string>();
	/** Member notes with a `case` link, by the link's name. */
	private readonly linkPlaced = new MultiMap<string, string>();
	private readonly folders = new FolderTree();
	private readonly placements = new Map<string, Placement>();
	private readonly members = new MultiMap<string, string>();
	private readonly bundles = new Map<string, CaseBundle>();
	/** Each bundle's people indexed once for checking `related` and `people` links. */
	private readonly resolvers = new WeakMap<CaseBundle, PersonResolver>();
	private revisionCount = 0;
	private placementCount = 0;

	/** Goes up by one for every update that changed at least one case. */
	get revision(): number {
		return this.revisionCount;
	}

	/** How many times a member note has been placed in a case: the unit of an update's cost. */
	get placementWork(): number {
		return this.placementCount;
	}

	upsert(path: string, frontmatter: unknown): ReadonlySet<string> {
		const parsed = parseNote(path, frontmatter);
		const previous = this.entries.get(path);
		const keep = parsed.kind !== null || parsed.diagnostics.length > 0;
		if (!previous && !keep) return NOTHING_CHANGED;
		const changed = new Set<string>();
		if (previous) this.detach(path, previous.parsed, changed);
		if (keep) {
			this.entries.set(path, { parsed, frontmatter });
			this.attach(path, parsed, changed);
		}
		return this.finish(changed);
	}

	remove(path: string): ReadonlySet<string> {
		const previous = this.entries.get(path);
		if (!previous) return NOTHING_CHANGED;
		const changed = new Set<string>();
		this.detach(path, previous.parsed, changed);
		return this.finish(changed);
	}

	rename(from: string, to: string): ReadonlySet<string> {
		const previous = this.entries.get(from);
		if (!previous) return NOTHING_CHANGED;
		const changed = new Set(this.remove(from));
		for (const casePath of this.upsert(to, previous.frontmatter)) changed.add(casePath);
		return changed;
	}

	/** Every case note's path, sorted. */
	casePaths(): string[] {
		return [...this.caseNotes].sort();
	}

	cases(): CaseBundle[] {
		return this.casePaths().map((path) => this.caseBundle(path) as CaseBundle);
	}

	caseBundle(casePath: string): CaseBundle | null {
		const cached = this.bundles.get(casePath);
		if (cached) return cached;
		const record = this.entries.get(casePath)?.parsed.record;
		if (record?.kind !== "case") return null;
		const bundle = this.buildBundle(record);
		this.bundles.set(casePath, bundle);
		return bundle;
	}

	/** The case a note belongs to: a case note is its own case. */
	caseOf(path: string): string | null {
		const record = this.entries.get(path)?.parsed.record;
		if (record?.kind === "case") return path;
		return this.placements.get(path)?.casePath ?? null;
	}

	noteDiagnostics(path: string): Diagnostic[] {
		const entry = this.entries.get(path);
		if (!entry) return [];
		const found = [...entry.parsed.diagnostics];
		const placement = this.placements.get(path);
		if (placement?.diagnostic) found.push(placement.diagnostic);
		if (placement?.casePath) found.push(...this.personLinkDiagnostics(entry.parsed, placement.casePath));
		if (entry.parsed.record?.kind === "case") {
			const sharing = this.caseNotesByFolder.get(folderOf(path));
			if (sharing.size > 1) found.push(sharedFolderWarning(path, sharing));
		}
		return found;
	}

	/** Diagnostics of a case note and its members, sorted by path. */
	caseDiagnostics(casePath: string): Diagnostic[] {
		const paths = [casePath, ...this.members.get(casePath)].sort();
		return paths.flatMap((path) => this.noteDiagnostics(path));
	}

	/** Every diagnostic in the vault, sorted by path. */
	diagnostics(): Diagnostic[] {
		return [...this.entries.keys()].sort().flatMap((path) => this.noteDiagnostics(path));
	}

	/** Links to people of the case that match no person note: the link is kept but leads nowhere. */
	private personLinkDiagnostics(parsed: ParsedNote, casePath: string): Diagnostic[] {
		const record = parsed.record;
		const field = record?.kind === "person" ? "related" : record?.kind === "event" ? "people" : null;
		const links = record?.kind === "person" ? record.related : record?.kind === "event" ? record.people : [];
		const bundle = links.length > 0 ? this.caseBundle(casePath) : null;
		if (!field || !bundle || !record) return [];
		let resolve = this.resolvers.get(bundle);
		if (!resolve) {
			resolve = personResolver(bundle.people);
			this.resolvers.set(bundle, resolve);
		}
		return links
			.filter((link) => resolve(link) === null)
			.map((link) => ({
				path: record.path,
				field,
				severity: "warning" as const,
				message: `${field}: "[[${link.target}]]" matches no person note of this case; link a person note of the case by its file name, or add that person to the inventory.`,
			}));
	}

	private finish(changed: Set<string>): ReadonlySet<string> {
		if (changed.size > 0) this.revisionCount++;
		return changed;
	}

	private attach(path: string, parsed: ParsedNote, changed: Set<string>): void {
		const record = parsed.record;
		if (!record) return;
		if (record.kind === "case") {
			const folder = folderOf(path);
			this.caseNotes.add(path);
			this.caseNotesByFolder.add(folder, path);
			this.caseNotesByName.add(nameKey(path), path);
			this.touchFolderNeighbours(folder, changed);
			this.replaceAround(path, changed);
			return;
		}
		if (record.caseLink) this.linkPlaced.add(linkKey(record.caseLink), path);
		else {
			const folder = folderOf(path);
			this.folders.add(folder);
			this.folderPlaced.add(folder, path);
		}
		this.place(path, record, changed);
	}

	private detach(path: string, parsed: ParsedNote, changed: Set<string>): void {
		this.entries.delete(path);
		const record = parsed.record;
		if (!record) return;
		if (record.kind === "case") {
			const folder = folderOf(path);
			this.caseNotes.delete(path);
			this.caseNotesByFolder.delete(folder, path);
			this.caseNotesByName.delete(nameKey(path), path);
			this.invalidate(path, changed);
			this.touchFolderNeighbours(folder, changed);
			this.replaceAround(path, changed);
			return;
		}
		if (record.caseLink) this.linkPlaced.delete(linkKey(record.caseLink), path);
		else this.folderPlaced.delete(folderOf(path), path);
		const placed = this.placements.get(path)?.casePath;
		if (placed) {
			this.members.delete(placed, path);
			this.invalidate(placed, changed);
		}
		this.placements.delete(path);
	}

	/** Case notes sharing a folder warn about each other, so each one's diagnostics change. */
	private touchFolderNeighbours(folder: string, changed: Set<string>): void {
		for (const other of this.caseNotesByFolder.get(folder)) this.invalidate(other, changed);
	}

	/** A case note came or went: re-place the notes whose case it could be. */
	private replaceAround(casePath: string, changed: Set<string>): void {
		const affected = new Set(this.linkPlaced.get(nameKey(casePath)));
		for (const folder of this.folders.subtree(folderOf(casePath))) {
			for (const member of this.folderPlaced.get(folder)) affected.add(member);
		}
		for (const member of affected) {
			const record = this.entries.get(member)?.parsed.record;
			if (record && record.kind !== "case") this.place(member, record, changed);
		}
	}

	private place(path: string, record: MemberRecord, changed: Set<string>): void {
		this.placementCount++;
		const placement = record.caseLink ? this.placeByLink(path, record) : this.placeByFolder(path);
		const before = this.placements.get(path)?.casePath;
		if (before) {
			this.members.delete(before, path);
			this.invalidate(before, changed);
		}
		this.placements.set(path, placement);
		if (placement.casePath) {
			this.members.add(placement.casePath, path);
			this.invalidate(placement.casePath, changed);
		}
	}

	private placeByLink(path: string, record: MemberRecord): Placement {
		const link = record.caseLink;
		if (!link) return this.placeByFolder(path);
		const target = pickLinkTarget(link, path, this.caseNotesByName.get(linkKey(link)));
		if (target) return { casePath: target, diagnostic: null };
		return {
			casePath: null,
			diagnostic: {
				path,
				field: "case",
				severity: "error",
				message: `case: "[[${link.target}]]" links to no case note; expected a link to a note with ipt: case. This note is left out of every case until the link is fixed.`,
			},
		};
	}

	private placeByFolder(path: string): Placement {
		const own = folderOf(path);
		for (const folder of selfAndAncestors(own)) {
			const found = [...this.caseNotesByFolder.get(folder)];
			if (found.length === 1) return { casePath: found[0] ?? null, diagnostic: null };
			if (found.length > 1) {
				return {
					casePath: null,
					diagnostic: {
						path,
						field: "case",
						severity: "error",
						message: `no case link, and folder "${folder || "/"}" holds ${found.length} case notes (${found.sort().join(", ")}); add case: "[[...]]" to say which case this note belongs to.`,
					},
				};
			}
		}
		return {
			casePath: null,
			diagnostic: {
				path,
				field: "case",
				severity: "error",
				message: `no case link, and no case note in "${own || "/"}" or any folder above it; add case: "[[...]]" or move the note into its case's folder.`,
			},
		};
	}

	private invalidate(casePath: string, changed: Set<string>): void {
		this.bundles.delete(casePath);
		changed.add(casePath);
	}

	private buildBundle(record: CaseRecord): CaseBundle {
		const people: PersonRecord[] = [];
		const events: EventRecord[] = [];
		const sessions: SessionRecord[] = [];
		for (const member of this.members.get(record.path)) {
			const memberRecord = this.entries.get(member)?.parsed.record;
			if (memberRecord?.kind === "person") people.push(memberRecord);
			else if (memberRecord?.kind === "event") events.push(memberRecord);
			else if (memberRecord?.kind === "session") sessions.push(memberRecord);
		}
		return { path: record.path, record, people: people.sort(byPath), events: events.sort(byPath), sessions: sessions.sort(byPath) };
	}
}

function sharedFolderWarning(path: string, sharing: ReadonlySet<string>): Diagnostic {
	const others = [...sharing].filter((other) => other !== path).sort();
	return {
		path,
		field: "ipt",
		severity: "warning",
		message: `this folder holds other case notes too (${others.join(", ")}); notes here without a case link cannot be placed. Give each client a folder of their own.`,
	};
}
