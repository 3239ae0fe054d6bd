// Privacy names for views that redraw often: a caseload of hundreds of cases must not
// gather every name again on every redraw. A case's own names depend only on its bundle
// (the index makes a new bundle whenever a note of the case changes), and the other
// cases' names only on the index's revision, so each is kept until that changes. Both
// are gathered only when first needed: the caseload shows each client's initials and
// nothing else, so turning privacy mode on costs it no names at all.
import type { CaseBundle } from "../model/case-bundle";
import { casePrivacy, plainNames, privacyClient, privateNames, type CaseNames, type CasePrivacy } from "./case-names";
import { caseNameList, personalNames, vaultNames, type KnownName, type NoteLinks } from "./known-names";
import { NameMatcher } from "./name-matcher";

/** Where the cases come from: the vault index, whose revision goes up with every change. */
export interface CaseSource {
	readonly revision: number;
	cases(): readonly CaseBundle[];
}

interface Others {
	readonly source: CaseSource;
	readonly revision: number;
	readonly names: NameMatcher<KnownName>;
}

function remembered<V>(map: WeakMap<CaseBundle, V>, bundle: CaseBundle, make: () => V): V {
	const known = map.get(bundle);
	if (known !== undefined) return known;
	const made = make();
	map.set(bundle, made);
	return made;
}

export class CaseNamesCache {
	private readonly privacy = new WeakMap<CaseBundle, CasePrivacy>();
	private readonly personal = new WeakMap<CaseBundle, KnownName[]>();
	private others: Others | null = null;

	constructor(private readonly links: NoteLinks) {}

	names(bundle: CaseBundle, privacy: boolean, source: CaseSource): CaseNames {
		if (!privacy) return plainNames(bundle);
		let names: CaseNames | null = null;
		const full = (): CaseNames => {
			const own = remembered(this.privacy, bundle, () => casePrivacy(bundle, caseNameList(bundle, this.links)));
			return (names ??= privateNames(own, this.othersOf(source)));
		};
		return { private: true, client: privacyClient(bundle), person: (path) => full().person(path), note: (path) => full().note(path), redact: (text) => full().redact(text) };
	}

	private othersOf(source: CaseSource): NameMatcher<KnownName> {
		if (this.others?.source === source && this.others.revision === source.revision) return this.others.names;
		const perCase = source.cases().map((bundle) => remembered(this.personal, bundle, () => personalNames(bundle, this.links)));
		const names = new NameMatcher(vaultNames(perCase));
		this.others = { source, revision: source.revision, names };
		return names;
	}
}
