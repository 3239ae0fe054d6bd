// Privacy names for views that redraw often: a caseload of hundreds of cases must not
// gather every name again on every redraw. A case's own names depend only on its bundle
// (the index makes a new bundle whenever a note of the case changes), and the other
// cases' names only on the index's revision, so each is kept until that changes.
import type { CaseBundle } from "../model/case-bundle";
import { casePrivacy, plainNames, privateNames, type CaseNames, type CasePrivacy } from "./case-names";
import { personalNames, vaultNames, type KnownName, type NoteLinks } from "./known-names";
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

export class CaseNamesCache {
	private readonly privacy = new WeakMap<CaseBundle, CasePrivacy>();
	private readonly personal = new WeakMap<CaseBundle, KnownName[]>();
	private others: Others | null = null;

	constructor(private readonly links: NoteLinks) {}

	names(bundle: CaseBundle, privacy: boolean, source: CaseSource): CaseNames {
		if (!privacy) return plainNames(bundle);
		let own = this.privacy.get(bundle);
		if (!own) {
			own = casePrivacy(bundle, this.links);
			this.privacy.set(bundle, own);
		}
		return privateNames(own, this.othersOf(source));
	}

	private othersOf(source: CaseSource): NameMatcher<KnownName> {
		if (this.others?.source === source && this.others.revision === source.revision) return this.others.names;
		const names = new NameMatcher(vaultNames(source.cases().map((bundle) => this.personalOf(bundle))));
		this.others = { source, revision: source.revision, names };
		return names;
	}

	private personalOf(bundle: CaseBundle): KnownName[] {
		let names = this.personal.get(bundle);
		if (!names) {
			names = personalNames(bundle, this.links);
			this.personal.set(bundle, names);
		}
		return names;
	}
}
