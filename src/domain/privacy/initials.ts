// A client's initials, the one trace of the name privacy mode keeps.
import { LETTER } from "../model/unicode-pattern";

/** "Maya K" -> "M.K.", "T.B." -> "T.B.", "anne-marie o'neil" -> "A.M.O."; null when the text has no letters to start a word. */
export function initials(text: string): string | null {
	const letters = text
		.split(/[\s.\-_]+/u)
		.map((word) => LETTER().exec(word.charAt(0))?.[0])
		.filter((letter): letter is string => letter !== undefined);
	return letters.length === 0 ? null : `${letters.map((letter) => letter.toUpperCase()).join(".")}.`;
}
