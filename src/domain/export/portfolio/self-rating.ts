// The trainee's self-rating: item numbers only, since adherence and competence scales
// are licensed and none is shipped. A trainer who holds a licence puts the scale's
// wording into the templates folder, and the portfolio uses it instead.
import { nestHeadings, section, table } from "../markdown";

/** The file a trainer adds to the templates folder. */
export const SELF_RATING_TEMPLATE = "IPT self-rating.md";

/** Rows of the numbered table when no template gives the scale. */
export const SELF_RATING_ITEMS = 10;

/** `template`: the template's text without its properties, or null when there is none. */
export function selfRatingSection(template: string | null, redact: (text: string) => string): string[] {
	if (template !== null && template.trim() !== "") {
		return section("Self-rating", [nestHeadings(redact(template.trim()), 2)]);
	}
	const items = Array.from({ length: SELF_RATING_ITEMS }, (_, i) => i + 1);
	return section("Self-rating", [
		`Rate each item of your scale by its number. The wording is not included: put your scale's wording into "${SELF_RATING_TEMPLATE}" in the templates folder to have it here.`,
		"",
		...table(
			[
				{ heading: "Item", value: (item: number) => String(item) },
				{ heading: "Rating", value: () => "" },
				{ heading: "Supervisor's rating", value: () => "" },
				{ heading: "Comment", value: () => "" },
			],
			items,
		),
	]);
}
