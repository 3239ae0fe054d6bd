// Words a name may share with ordinary English. Replacing "Will" or "May" wherever it
// stands would garble the clinician's sentences ("Partner call on Friday"), so an
// export never replaces such a name on its own: its leak scan still looks for it, and
// refuses with the list of places. Privacy mode on screen hides them all the same: a
// view may hide too much, an export must never show a name.
import { lazy } from "../lazy";

/** The grammatical words of English and others as frequent: a summary's own sentences hold them. */
const GRAMMAR_WORDS =
	"a am an and are as at be but by did do does for from had has have he her him his i if in into is it its me my no nor not of on or our she so than that the their them then they this to up us was we were what when which who why with you your " +
	"back can done each next only out over own part same see such yes yet";

/** Other common words, short or frequent, that are also someone's name somewhere. */
const COMMON_WORDS =
	"all any few get got hi let now off oh ok one too two use way ye yo also come down even ever good here just know last like long made make many more most much must once some take time upon very well";

/** Given names that are also everyday words, and a few common words that are surnames. */
const NAME_WORDS =
	"may amber angel april art august autumn baker bill black bob brook brown buck bunny carol chance chase cliff cook crystal daisy dale dawn dean destiny don drew duke early earl faith fern forest frank gay gene glen grace gray green grey guy harmony hazel heather holly honey hope hunter iris ivy jack jade jay jean joy june king kit lance lane lily mark mason max melody miles olive pat patience pearl penny pierce rain ray reed rich river rob robin rock rod rose ruby rusty sage sandy sky sonny star stone storm sue summer sunny trinity victor violet wade white will winter wood young";

// The sets are made when the first name is read, not while main.js loads (see domain/lazy.ts).
const EVERYDAY = lazy(function (): ReadonlySet<string> { return new Set(`${GRAMMAR_WORDS} ${COMMON_WORDS} ${NAME_WORDS}`.split(" ")); });

/**
 * What is part of a name but names no one on its own: titles, particles, and the
 * grammatical words of English, which every summary's own sentences hold ("An" of "An
 * Nguyen" would make every export refuse, and no change to the notes short of renaming
 * the person could help). The whole name, and its other parts, are still looked for.
 */
const NOT_A_NAME_ALONE = lazy(function (): ReadonlySet<string> { return new Set(`mr mrs ms miss mx dr prof sir dame rev jr sr de da du della der den van von la le bin ibn bat ter ten zu ${GRAMMAR_WORDS}`.split(" ")); });

/** Whether a folded word is also an ordinary English word. */
export function isEverydayWord(folded: string): boolean {
	return EVERYDAY().has(folded);
}

/** Whether a folded part of a name names no one on its own. */
export function namesNoOneAlone(folded: string): boolean {
	return NOT_A_NAME_ALONE().has(folded);
}
