// Cyrillic and Greek letters drawn like Latin ones: "Sаm" with a Cyrillic а reads as
// Sam to anyone, so names are compared with these letters taken as their Latin twins.
// Taken after lower-casing, so that both cases of a letter fold alike: Cyrillic В and в
// both read as b, as "ВОВ" does to anyone. Where a capital and its small letter look
// like different Latin letters (Greek Ν and ν), the capital's twin is taken, except for
// ν and υ, whose small forms are the likelier disguise inside a name.
import { lazy } from "../lazy";

const PAIRS =
	// Cyrillic.
	"aа bв cс eе hн hһ iі jј kк mм oо pр sѕ tт xх yу yү qԛ wԝ dԁ lӏ " +
	// Greek.
	"aα bβ eε zζ hη iι kκ mμ vν oο pρ tτ uυ xχ cϲ";

// Made when the first name is read, not while main.js loads (see domain/lazy.ts).
const LATIN_TWIN = lazy(function (): ReadonlyMap<string, string> { return new Map(PAIRS.split(" ").map((pair) => [pair.slice(1), pair.slice(0, 1)])); });

/** The Latin letter a small look-alike letter stands for, or the letter itself. */
export function latinTwin(char: string): string {
	return LATIN_TWIN().get(char) ?? char;
}
