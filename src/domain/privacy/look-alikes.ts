// Cyrillic and Greek letters drawn like Latin ones: "Sаm" with a Cyrillic а reads as
// Sam to anyone, so names are compared with these letters taken as their Latin twins.
// Upper and lower case apart, since "В" looks like B but "в" like nothing Latin.
const PAIRS =
	// Cyrillic capitals, then small letters.
	"AА BВ CС EЕ HН IІ JЈ KК MМ OО PР SЅ TТ XХ YУ YҮ QԚ WԜ " +
	"aа cс eе hһ iі jј oо pр sѕ xх yу dԁ qԛ wԝ lӏ " +
	// Greek capitals, then small letters.
	"AΑ BΒ EΕ ZΖ HΗ IΙ KΚ MΜ NΝ OΟ PΡ TΤ YΥ XΧ " +
	"aα oο pρ vν iι kκ uυ xχ cϲ";

const LATIN_TWIN: ReadonlyMap<string, string> = new Map(PAIRS.split(" ").map((pair) => [pair.slice(1), pair.slice(0, 1)]));

/** The Latin letter a look-alike stands for, or the character itself. */
export function latinTwin(char: string): string {
	return LATIN_TWIN.get(char) ?? char;
}
