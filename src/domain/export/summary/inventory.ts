// The interpersonal inventory as a table, with the closeness circle drawn beside it.
import type { PersonRecord } from "../../model/records";
import { sentenceCase } from "../../views/labels";
import { section, table, yesNo, type Column } from "../markdown";
import { peopleText, when, type SummaryContext } from "./context";

function level(value: number | null): string {
	return value === null ? "" : `${value} of 3`;
}

/** By circle, closest first; people without a circle last; otherwise in note order. */
function byCircle(people: readonly PersonRecord[]): PersonRecord[] {
	return [...people].sort((a, b) => (a.circle ?? Number.MAX_SAFE_INTEGER) - (b.circle ?? Number.MAX_SAFE_INTEGER));
}

export function inventorySection(context: SummaryContext): string[] {
	const { bundle, names, pictures } = context;
	if (bundle.people.length === 0) return section("Interpersonal inventory", ["No person notes yet."]);
	const linked = peopleText(context);
	const status = (person: PersonRecord): string => {
		if (person.status !== "deceased") return person.status;
		return person.died === null ? "deceased" : `deceased (died ${when(context, person.died.text)})`;
	};
	const columns: Column<PersonRecord>[] = [
		{ heading: "Person", value: (person) => names.person(person.path) },
		// De-identified, the label is the role; the role as written may name someone.
		{ heading: "Role", value: (person) => person.role ?? "", when: !names.private },
		{ heading: "Circle", value: (person) => (person.circle === null ? "not set" : String(person.circle)) },
		{ heading: "Contact", value: (person) => person.contact ?? "" },
		{ heading: "Support", value: (person) => level(person.support) },
		{ heading: "Conflict", value: (person) => level(person.conflict) },
		{ heading: "Status", value: status },
		{ heading: "Dispute stage", value: (person) => (person.disputeStage === null ? "" : sentenceCase(person.disputeStage)) },
		{ heading: "Expectations reciprocal", value: (person) => yesNo(person.expectationsReciprocal) },
		{ heading: "Confidant", value: (person) => yesNo(person.confidant) },
		{ heading: "Related", value: (person) => linked(person.related) },
	];
	return section("Interpersonal inventory", [
		...table(columns, byCircle(bundle.people)),
		"",
		`![Closeness circle of ${names.client}](${pictures.circle})`,
		"",
		"In the circle, circle 1 is the closest. A node's fill shows support; the line to the client shows conflict by its dash pattern and colour (see the legend in the picture).",
	]);
}
