import type { CaseBundle } from "../domain/model/case-bundle";
import type { Diagnostic } from "../domain/model/diagnostic";
import type { CaseRecord, EventRecord, FormulationKeyRecord, FormulationRecord, MemberRecord, NoteRecord, PersonRecord, SessionRecord, SupervisionRecord } from "../domain/model/records";
import { mustBeSeen, type SafetyReading } from "../domain/model/safety-reading";
import type { LooseSafety } from "../domain/engine/open-safety";
import { startAfterFirstSession } from "../domain/engine/case-start";
import { parseNote, type ParsedNote, type ParseOptions } from "../domain/parse-note";
import type { ChecklistLine } from "../domain/schema/checklist-tasks";
import { personResolver, type PersonResolver } from "../domain/model/person-links";
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from "../domain/settings/engine-settings";
import { linkKey, nameKey, pickLinkTarget, type ResolveLink } from "./case-link";
import { FolderTree } from "./folder-tree";
import { MultiMap } from "./multimap";
import { sameValue } from "./same-value";
import { folderOf, isInFolder, selfAndAncestors } from "./paths";
import { sessionsOfProtocol, strayZeroDiagnostic } from "../domain/engine/pre-group";

interface Entry {
	readonly parsed: ParsedNote;
	/** Kept so that a rename can re-read the note under its new path. */
	readonly frontmatter: unknown;
	/** What reading the note's text found, such as YAML that cannot be parsed. */
	readonly problems: readonly Diagnostic[];
	/** Safety answers found in text no parser could read. */
	readonly textSafety: readonly SafetyReading[];
	readonly checklist: readonly ChecklistLine[];
}


/** The settings that change how a note is read. */
export type IndexSettings = Pick<EngineSettings, "ringCount">;

interface Placement {
	readonly casePath: string | null;
	readonly diagnostic: Diagnostic | null;
}

const NOTHING_CHANGED: ReadonlySet<string> = new Set();

/**
 * In a set of changed case paths: a safety answer outside every case came, changed or
 * went. No case note has this path; the caseload, which lists such answers, redraws.
 */
export const OUTSIDE_CASES = "";

function byPath(a: { path: string }, b: { path: string }): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The vault's IPT notes, grouped into cases, kept current one note at a time. Every
 * update returns the case paths whose bundle or diagnostics changed, so a face redraws
 * only those. Ordinary notes (no `ipt` key) cost one parse and are not kept. A `case`
 * link means the note it opens, whatever that note is: a face that knows every note
 * (Obsidian's metadata cache, the command line's scan) says which through
 * `resolveLink`; without one, the index can only choose among the case notes it holds.
 * Notes are read with the settings the index was made with; a face that changes them
 * builds a new index.
 */
export class VaultIndex {
	private readonly entries = new Map<string, Entry>();
	/** Kept notes without a record (unknown kind, unreadable YAML): no case claims them. */
	private readonly unplaceable = new Set<string>();
	/**
	 * Notes with an answer that must be seen (positive or unreadable): the only ones that
	 * can show outside a case's sessions. Most sessions hold answers of 0; keeping them
	 * out keeps every redraw's look for loose answers to the few that matter.
	 */
	private readonly raising = new Set<string>();
	private readonly caseNotes = new Set<string>();
	private readonly caseNotesByFolder = new MultiMap<string, string>();
	private readonly caseNotesByName = new MultiMap<string, string>();
	/** Member notes without a working `case` link, by their folder: there they belong. */
	private readonly folderPlaced = new MultiMap<string, string>();
	/** Notes with a `case` link that leads to no case note: filed by folder as well, while it does. */
	private readonly linkFallback = new Set<string>();
	/** Member notes with a `case` link, by the link's name. */
	private readonly linkPlaced = new MultiMap<string, string>();
	private readonly folders = new FolderTree();
	private readonly placements = new Map<string, Placement>();
	private readonly members = new MultiMap<string, string>();
	private readonly bundles = new Map<string, CaseBundle>();
	/** Each bundle's people indexed once for checking `related` and `people` links. */
	private readonly resolvers = new WeakMap<CaseBundle, PersonResolver>();
	private readonly parseOptions: ParseOptions;
	private readonly resolveLink: ResolveLink;
	private revisionCount = 0;
	private placementCount = 0;

	constructor(settings: IndexSettings = DEFAULT_ENGINE_SETTINGS, resolveLink?: ResolveLink) {
		this.parseOptions = { rings: settings.ringCount };
		this.resolveLink = resolveLink ?? ((link, from) => pickLinkTarget(link, from, this.caseNotesByName.get(linkKey(link))));
	}

	/** Goes up by one for every update that changed at least one case. */
	get revision(): number {
		return this.revisionCount;
	}

	/** How many times a member note has been placed in a case: the unit of an update's cost. */
	get placementWork(): number {
		return this.placementCount;
	}

	/**
	 * Reads one note, IPT or not. `problems` are what reading its text found (a face
	 * that could not parse the YAML passes `undefined` and says why here): they become
	 * the note's diagnostics, and keep it listed though it belongs to no case.
	 * `textSafety` are the safety answers found in such text: raised as unreadable.
	 * `checklist` are the checklist items of the note's body.
	 */
	upsert(path: string, frontmatter: unknown, problems: readonly Diagnostic[] = [], textSafety: readonly SafetyReading[] = [], checklist: readonly ChecklistLine[] = []): ReadonlySet<string> {
		const read = parseNote(path, frontmatter, this.parseOptions, checklist);
		const parsed =
			problems.length === 0 && textSafety.length === 0
				? read
				: { ...read, diagnostics: [...problems, ...read.diagnostics], safety: [...textSafety, ...read.safety] };
		const previous = this.entries.get(path);
		const keep = parsed.kind !== null || parsed.diagnostics.length > 0 || parsed.safety.length > 0;
		if (!previous && !keep && !this.isLinkedName(path)) return NOTHING_CHANGED;
		// An autosave that changed only the body, or keys no rule reads, changes nothing
		// downstream: no case is rebuilt and no view redraws (the frontmatter is kept for a rename).
		if (previous && keep && sameValue(previous.parsed, parsed)) {
			this.entries.set(path, { ...previous, frontmatter, checklist });
			return NOTHING_CHANGED;
		}
		const changed = new Set<string>();
		this.touchLooseSafety(path, previous?.parsed, changed);
		if (previous) this.detach(path, previous.parsed, changed);
		if (keep) {
			this.entries.set(path, { parsed, frontmatter, problems, textSafety, checklist });
			if (raises(parsed)) this.raising.add(path);
			this.attach(path, parsed, changed);
			this.touchLooseSafety(path, parsed, changed);
		}
		// A note that may be new, or no longer a case note: links to its name may now
		// lead to it. (A case note coming or going re-places them as it is attached.)
		if (previous?.parsed.record?.kind !== "case" && parsed.record?.kind !== "case") this.replaceLinksTo(path, changed);
		return this.finish(changed);
	}

	remove(path: string): ReadonlySet<string> {
		const previous = this.entries.get(path);
		if (!previous && !this.isLinkedName(path)) return NOTHING_CHANGED;
		const changed = new Set<string>();
		this.touchLooseSafety(path, previous?.parsed, changed);
		if (previous) this.detach(path, previous.parsed, changed);
		if (previous?.parsed.record?.kind !== "case") this.replaceLinksTo(path, changed);
		return this.finish(changed);
	}

	rename(from: string, to: string): ReadonlySet<string> {
		const previous = this.entries.get(from);
		const changed = new Set(this.remove(from));
		const problems = previous?.problems.map((problem) => ({ ...problem, path: to })) ?? [];
		for (const casePath of this.upsert(to, previous?.frontmatter, problems, previous?.textSafety, previous?.checklist)) changed.add(casePath);
		return changed;
	}

	/** Every case note's path, sorted. */
	casePaths(): string[] {
		return [...this.caseNotes].sort();
	}

	/** The case notes directly in `folder` (`""` for the vault's root). */
	caseNotesIn(folder: string): ReadonlySet<string> {
		return this.caseNotesByFolder.get(folder);
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

	/** The checklist items the note was last read with. */
	checklistOf(path: string): readonly ChecklistLine[] {
		return this.entries.get(path)?.checklist ?? [];
	}

	/** Whether the note is read as a session note. */
	isSession(path: string): boolean {
		return this.entries.get(path)?.parsed.kind === "session";
	}

	/** The case a note belongs to: a case note is its own case. */
	caseOf(path: string): string | null {
		const record = this.entries.get(path)?.parsed.record;
		if (record?.kind === "case") return path;
		return this.placements.get(path)?.casePath ?? null;
	}

	/** The record a note became, of any kind; null for a note that is not an IPT note or could not be read. */
	record(path: string): NoteRecord | null {
		return this.entries.get(path)?.parsed.record ?? null;
	}

	/**
	 * The formulation keys placed in a case, sorted by path. They are never part of its
	 * bundle, so no view, report or export can show one; only the formulation check asks.
	 */
	formulationKeys(casePath: string): FormulationKeyRecord[] {
		return this.formulationsOfKind(casePath, "formulation-key");
	}

	/** The students' formulations placed in a case, sorted by path, for the portfolio (formulation.ts in export/portfolio). */
	formulations(casePath: string): FormulationRecord[] {
		return this.formulationsOfKind(casePath, "formulation");
	}

	// Kept out of the bundle (see formulationKeys), so each reader asks for its kind by name.
	private formulationsOfKind<K extends (FormulationRecord | FormulationKeyRecord)["kind"]>(casePath: string, kind: K): Extract<NoteRecord, { kind: K }>[] {
		const found: Extract<NoteRecord, { kind: K }>[] = [];
		for (const member of this.members.get(casePath)) {
			const record = this.record(member);
			if (record?.kind === kind) found.push(record as Extract<NoteRecord, { kind: K }>);
		}
		return found.sort(byPath);
	}

	noteDiagnostics(path: string): Diagnostic[] {
		const entry = this.entries.get(path);
		if (!entry) return [];
		const found = [...entry.parsed.diagnostics];
		const placement = this.placements.get(path);
		if (placement?.diagnostic) found.push(placement.diagnostic);
		if (placement?.casePath) {
			found.push(...this.personLinkDiagnostics(entry.parsed, placement.casePath));
			const caseRecord = this.entries.get(placement.casePath)?.parsed.record;
			const stray = entry.parsed.record?.kind === "session" && caseRecord?.kind === "case" ? strayZeroDiagnostic(entry.parsed.record, caseRecord) : null;
			if (stray) found.push(stray);
		}
		if (entry.parsed.record?.kind === "case") {
			const sharing = this.caseNotesByFolder.get(folderOf(path));
			if (sharing.size > 1) found.push(sharedFolderWarning(path, sharing));
			const bundle = this.caseBundle(path);
			const lateStart = bundle === null ? null : startAfterFirstSession(bundle);
			if (lateStart) found.push(lateStart);
		}
		return found;
	}

	/**
	 * Diagnostics of a case note, its members, and the notes in its folder that no case
	 * could claim (a session note whose YAML is broken must not vanish from its case),
	 * sorted by path.
	 */
	caseDiagnostics(casePath: string): Diagnostic[] {
		const folder = folderOf(casePath);
		const strays = [...this.unplaceable].filter((path) => folder === "" || isInFolder(path, folder));
		const paths = [casePath, ...this.members.get(casePath), ...strays].sort();
		return paths.flatMap((path) => this.noteDiagnostics(path));
	}

	/** Safety answers outside the sessions of any case that must be seen, by path. */
	looseSafety(): LooseSafety[] {
		const loose: LooseSafety[] = [];
		for (const path of [...this.raising].sort()) {
			const parsed = this.entries.get(path)?.parsed;
			if (!parsed) continue;
			const casePath = this.caseOf(path);
			const record = parsed.record;
			if (record?.kind === "session" && casePath !== null) continue;
			const session = record?.kind === "session" ? record : null;
			loose.push({ path, casePath, session: session?.session ?? null, date: session?.date ?? null, readings: parsed.safety });
		}
		return loose;
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
		if (!record) {
			this.unplaceable.add(path);
			this.touchCasesAbove(path, changed);
			return;
		}
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
		else this.fileByFolder(path);
		this.place(path, record, changed);
	}

	private detach(path: string, parsed: ParsedNote, changed: Set<string>): void {
		this.entries.delete(path);
		this.raising.delete(path);
		const record = parsed.record;
		if (!record) {
			this.unplaceable.delete(path);
			this.touchCasesAbove(path, changed);
			return;
		}
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
		if (!record.caseLink || this.linkFallback.delete(path)) this.folderPlaced.delete(folderOf(path), path);
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

	/**
	 * A note whose safety answers no case's sessions hold came, changed or went:
	 * wherever they are shown (the cases whose folder holds it, the caseload's list of
	 * answers outside every case) must be redrawn, even when no case's notes changed.
	 * A placed session's answers change its case, which is redrawn anyway.
	 */
	private touchLooseSafety(path: string, parsed: ParsedNote | undefined, changed: Set<string>): void {
		if (!parsed || !raises(parsed)) return;
		if (parsed.record?.kind === "session" && this.placements.get(path)?.casePath) return;
		changed.add(OUTSIDE_CASES);
		this.touchCasesAbove(path, changed);
	}

	/** An unplaceable note shows in the diagnostics of every case whose folder holds it. */
	private touchCasesAbove(path: string, changed: Set<string>): void {
		for (const folder of selfAndAncestors(folderOf(path))) {
			for (const casePath of this.caseNotesByFolder.get(folder)) changed.add(casePath);
		}
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

	/** Whether some member note's `case` link names this note. */
	private isLinkedName(path: string): boolean {
		return this.linkPlaced.get(nameKey(path)).size > 0;
	}

	/**
	 * A note of some name came, went or changed: links to that name may now lead
	 * elsewhere. Only the notes whose placement moves are re-placed, since an edit to an
	 * ordinary note of a linked name arrives here too.
	 */
	private replaceLinksTo(path: string, changed: Set<string>): void {
		for (const member of [...this.linkPlaced.get(nameKey(path))]) {
			const record = this.entries.get(member)?.parsed.record;
			if (!record || record.kind === "case") continue;
			const before = this.placements.get(member);
			const now = this.placeByLink(member, record);
			if (before?.casePath !== now.casePath || before.diagnostic?.message !== now.diagnostic?.message) this.place(member, record, changed);
		}
	}

	private fileByFolder(path: string): void {
		const folder = folderOf(path);
		this.folders.add(folder);
		this.folderPlaced.add(folder, path);
	}

	private place(path: string, record: MemberRecord, changed: Set<string>): void {
		this.placementCount++;
		const placement = record.caseLink ? this.placeByLink(path, record) : this.placeByFolder(path);
		if (record.caseLink) {
			// A failing link falls back to the folder, so a case note coming there must re-place the note.
			const failing = placement.diagnostic !== null;
			if (failing && !this.linkFallback.has(path)) {
				this.linkFallback.add(path);
				this.fileByFolder(path);
			} else if (!failing && this.linkFallback.delete(path)) this.folderPlaced.delete(folderOf(path), path);
		}
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
		// Obsidian opens the nearest note of the link's name, whatever it is; a case note
		// of that name further away is not what the link means.
		const target = this.resolveLink(link, path);
		if (target && this.caseNotes.has(target)) return { casePath: target, diagnostic: null };
		const opens = target ? ` (it opens "${target}", which is not a case note)` : "";
		// A link gone wrong (a new note of the case's name, a renamed case) must not take
		// a note, and its safety answers, out of the case its folder gives.
		const byFolder = this.placeByFolder(path);
		if (byFolder.casePath !== null) {
			return {
				casePath: byFolder.casePath,
				diagnostic: caseDiagnostic(path, "warning", `case: "[[${link.target}]]" links to no case note${opens}; the note is kept in the case of its folder, "${byFolder.casePath}". Link its case note to be sure.`),
			};
		}
		return {
			casePath: null,
			diagnostic: caseDiagnostic(path, "error", `case: "[[${link.target}]]" links to no case note${opens}; expected a link to a note with ipt: case. This note is left out of every case until the link is fixed.`),
		};
	}

	/** The case notes of the nearest folder that holds any, from the note's own folder up. */
	private nearestCaseNotes(path: string): { folder: string; found: string[] } | null {
		for (const folder of selfAndAncestors(folderOf(path))) {
			const found = [...this.caseNotesByFolder.get(folder)];
			if (found.length > 0) return { folder, found };
		}
		return null;
	}

	/** The case whose folder holds `path`, by the rule that places a note without a case link; null when none or several. */
	caseByFolder(path: string): string | null {
		const nearest = this.nearestCaseNotes(path);
		return nearest?.found.length === 1 ? (nearest.found[0] ?? null) : null;
	}

	private placeByFolder(path: string): Placement {
		const nearest = this.nearestCaseNotes(path);
		if (nearest !== null) {
			const { folder, found } = nearest;
			if (found.length === 1) return { casePath: found[0] ?? null, diagnostic: null };
			return {
				casePath: null,
				diagnostic: caseDiagnostic(path, "error", `no case link, and folder "${folder || "/"}" holds ${found.length} case notes (${found.sort().join(", ")}); add case: "[[...]]" to say which case this note belongs to.`),
			};
		}
		const own = folderOf(path);
		return {
			casePath: null,
			diagnostic: caseDiagnostic(path, "error", `no case link, and no case note in "${own || "/"}" or any folder above it; add case: "[[...]]" or move the note into its case's folder.`),
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
		const supervision: SupervisionRecord[] = [];
		for (const member of this.members.get(record.path)) {
			const memberRecord = this.entries.get(member)?.parsed.record;
			if (memberRecord?.kind === "person") people.push(memberRecord);
			else if (memberRecord?.kind === "event") events.push(memberRecord);
			else if (memberRecord?.kind === "session") sessions.push(memberRecord);
			else if (memberRecord?.kind === "supervision") supervision.push(memberRecord);
		}
		return {
			path: record.path,
			record,
			people: people.sort(byPath),
			events: events.sort(byPath),
			sessions: sessionsOfProtocol(record, sessions.sort(byPath)),
			supervision: supervision.sort(byPath),
		};
	}
}

/** A problem with which case a note belongs to. */
function caseDiagnostic(path: string, severity: Diagnostic["severity"], message: string): Diagnostic {
	return { path, field: "case", severity, message };
}

/** Whether a note holds an answer a clinician must see: the only kind that is shown outside a case. */
function raises(parsed: ParsedNote): boolean {
	return parsed.safety.some(mustBeSeen);
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
