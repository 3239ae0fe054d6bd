// How a face names a case's client, people and notes: as written, or de-identified for
// screen sharing and supervision. Views and exports take a CaseNames and never decide
// themselves.
import { eventTypeLabel } from "../engine/flags/describe";
import type { CaseBundle } from "../model/case-bundle";
import { linkBasename } from "../model/links";
import type { EventRecord, SessionRecord } from "../model/records";
import { initials } from "./initials";
import { caseNameList, labelledNames, type CaseNameList, type KnownName, type NameSources } from "./known-names";
import { NameMatcher } from "./name-matcher";
import { caseLinkLabels, linkThenNames, type LinkTargetLabel } from "./note-links";
import { redactorOf } from "./redact";
import { roleLabels } from "./role-labels";

export interface CaseNames {
	/** Whether these names hide identities. */
	readonly private: boolean;
	readonly client: string;
	/** A person note's name; any other path falls back to `note`. */
	person(path: string): string;
	/** A link text for any note of the case. */
	note(path: string): string;
	/** Free text with every known name replaced (unchanged when not private). */
	redact(text: string): string;
}

function basename(path: string): string {
	return linkBasename(path.replace(/\.md$/i, ""));
}

function sessionLabel(session: SessionRecord): string {
	return session.session === null ? "Session" : `Session ${session.session}`;
}

function eventLabel(event: EventRecord): string {
	return event.type === null ? "Event" : eventTypeLabel(event);
}

/** "Dad moved out" from "2026-03-28 Dad moved out" or "2019 Dad moved out": wherever an event is named, its date is shown beside it. */
export function withoutDatePrefix(text: string): string {
	const stripped = text.replace(/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\s+[-\u2013]\s+|\s+|_)/, "");
	return stripped === "" ? text : stripped;
}

/** The names as the notes give them; links read as file names, an event's without its leading date. */
export function plainNames(bundle: CaseBundle): CaseNames {
	const people = new Map(bundle.people.map((person) => [person.path, person.name]));
	const events = new Set(bundle.events.map((event) => event.path));
	return {
		private: false,
		client: bundle.record.client,
		person: (path) => people.get(path) ?? basename(path),
		note: (path) => (events.has(path) ? withoutDatePrefix(basename(path)) : basename(path)),
		redact: (text) => text,
	};
}

/**
 * What privacy mode knows of one case alone: its labels and its names. It depends on
 * nothing but the case's notes, so a face keeps it for as long as the case's bundle.
 */
export interface CasePrivacy {
	readonly client: string;
	readonly person: (path: string) => string;
	readonly note: (path: string) => string;
	readonly names: NameMatcher<KnownName>;
	readonly links: LinkTargetLabel;
}

/** The client's initials, or "Client" when the name has no letters to take them from. */
export function privacyClient(bundle: CaseBundle): string {
	return initials(bundle.record.client) ?? "Client";
}

/**
 * Initials for the client, role labels for people ("Mother", "Friend 1", "Person 2"),
 * session numbers and event types for other notes, and the case's names with those labels.
 */
export function casePrivacy(bundle: CaseBundle, list: CaseNameList = caseNameList(bundle)): CasePrivacy {
	const client = privacyClient(bundle);
	// Names alone first: a role is only usable when it reveals none of them.
	const names = new NameMatcher(list.names.map(({ name }) => ({ name, label: "" })));
	const roles = roleLabels(bundle.people, (role) => names.find(role).length > 0);
	const person = (path: string): string => roles.get(path) ?? "Person";
	const labels = new Map<string, string>([[bundle.path, client]]);
	for (const [path, label] of roles) labels.set(path, label);
	for (const session of bundle.sessions) labels.set(session.path, sessionLabel(session));
	for (const event of bundle.events) labels.set(event.path, eventLabel(event));
	for (const meeting of bundle.supervision) labels.set(meeting.path, "Supervision");
	const note = (path: string): string => labels.get(path) ?? "Note";
	const known = labelledNames(list, { client, person, note });
	// Gathered on the first link a text holds: many redraws show no link at all.
	let links: LinkTargetLabel | null = null;
	return { client, person, note, names: new NameMatcher(known), links: (target) => (links ??= caseLinkLabels(bundle, note, known))(target) };
}

/** A case's privacy names, with every link and name replaced inside free text: its own, then the other cases' (`others`). */
export function privateNames(privacy: CasePrivacy, others: NameMatcher<KnownName>): CaseNames {
	const { client, person, note } = privacy;
	return { private: true, client, person, note, redact: linkThenNames(privacy.links, redactorOf([privacy.names, others], "every-name")) };
}

export function privacyNames(bundle: CaseBundle, sources: NameSources = {}): CaseNames {
	return privateNames(casePrivacy(bundle, caseNameList(bundle, sources.links)), new NameMatcher(sources.others ?? []));
}

export function caseNames(bundle: CaseBundle, privacy: boolean): CaseNames {
	return privacy ? privacyNames(bundle) : plainNames(bundle);
}
