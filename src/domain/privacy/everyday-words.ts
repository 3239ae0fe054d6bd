// Words a name may share with ordinary English. Replacing "Will" or "May" wherever it
// stands would garble the clinician's sentences ("Partner call on Friday"), so an
// export never replaces such a name on its own: its leak scan still looks for it, and
// refuses with the list of places. Privacy mode on screen hides them all the same: a
// view may hide too much, an export must never show a name.

const FUNCTION_WORDS =
	"am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ye yo " +
	"all and any are but can did few for get got had has her him his how its let may nor not now off one our out own say see she the too two use was way who why yes yet you " +
	"also back been come does done down each even ever from good have here into just know last like long made make many more most much must next once only over part same some such take than that them then they this time upon very well were what when will with your";

/** Given names that are also everyday words, and a few common words that are surnames. */
const NAME_WORDS =
	"amber angel april art august autumn baker bill black bob brook brown buck bunny carol chance chase cliff cook crystal daisy dale dawn dean destiny don drew duke early earl faith fern forest frank gay gene glen grace gray green grey guy harmony hazel heather holly honey hope hunter iris ivy jack jade jay jean joy june king kit lance lane lily mark mason max melody miles olive pat patience pearl penny pierce rain ray reed rich river rob robin rock rod rose ruby rusty sage sandy sky sonny star stone storm sue summer sunny trinity victor violet wade white will winter wood young";

const EVERYDAY: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${NAME_WORDS}`.split(" "));

/** Titles and name particles: part of a name, but on their own they name no one. */
const NOT_A_NAME_ALONE: ReadonlySet<string> = new Set("mr mrs ms miss mx dr prof sir dame rev jr sr de da di du del della der den van von la le el al bin ibn ben bat ter ten zu".split(" "));

/** Whether a folded word is also an ordinary English word. */
export function isEverydayWord(folded: string): boolean {
	return EVERYDAY.has(folded);
}

/** Whether a folded word is a title or particle, which names no one on its own. */
export function isTitleOrParticle(folded: string): boolean {
	return NOT_A_NAME_ALONE.has(folded);
}
