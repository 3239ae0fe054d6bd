// A vault of two cases whose names the testers found getting through: short, lower-case,
// unspaced or right-to-left names, another client of the vault, a nickname written only
// in a body link, and each spelling that hid a name from the old reading.

export const MAYA_CASE = "IPT/Maya K/Maya K.md";
export const OTHER_CASE = "IPT/Jordan B/Jordan B.md";

function note(frontmatter: string, body = ""): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

/** Each disguise, as the notes write it, and how privacy mode shows it. */
export const DISGUISES: readonly (readonly [string, string])[] = [
	["Mayas book", "M.K.'s book"],
	["Maya’s book", "M.K.’s book"],
	["Ma\u00adya called", "M.K. called"],
	["Ma\u200bya called", "M.K. called"],
	["M\u0430ya called", "M.K. called"],
	["S**a**m came", "Partner came"],
	["M&#97;ya came", "M.K. came"],
	["Ｍａｙａ came", "M.K. came"],
	["Sam2 came", "Partner2 came"],
	["Sammy came", "Partner came"],
	["MK came", "M.K. came"],
	["STRAUSS phoned", "Boss phoned"],
	["Coffee with Jordan", "Coffee with Another person"],
	["jo and li came", "Friend and Friend came"],
	["priya came", "Sister came"],
	["小明去了学校", "Brother去了学校"],
	["ולדוד", "ולFather"],
	// Characters main.js holds as escapes (src/domain/model/unicode-pattern.ts): a dotless ı,
	// and a part of a name joined with a Unicode hyphen (U+2010).
	["prıya came", "Sister came"],
	["Marie phoned", "Aunt phoned"],
];

export const DISGUISED_FILES: Readonly<Record<string, string>> = {
	[MAYA_CASE]: note(
		"ipt: case\nclient: Maya Kern\nprotocol: standard\nstart: 2026-09-01\nmeasure: phq9",
		"Maya's partner is [[Sam Patel|Sammy]].\n",
	),
	"IPT/Maya K/People/Sam Patel.md": note("ipt: person\nname: Sam Patel\nrole: partner\ncircle: 1"),
	"IPT/Maya K/People/Jo Li.md": note("ipt: person\nname: Jo Li\nrole: friend\ncircle: 2"),
	"IPT/Maya K/People/priya.md": note("ipt: person\nname: priya\nrole: sister\ncircle: 1"),
	"IPT/Maya K/People/Xiaoming.md": note("ipt: person\nname: 王小明\nrole: brother\ncircle: 2"),
	"IPT/Maya K/People/David.md": note("ipt: person\nname: דוד\nrole: father\ncircle: 2"),
	"IPT/Maya K/People/Hans.md": note("ipt: person\nname: Hans Strauß\nrole: boss\ncircle: 3"),
	"IPT/Maya K/People/Anne-Marie.md": note("ipt: person\nname: Anne\u2010Marie Okafor\nrole: aunt\ncircle: 3"),
	"IPT/Maya K/Sessions/Session 01.md": note(
		`ipt: session\nsession: 1\ndate: 2026-09-01\nphq9: 14\nhomework: ${JSON.stringify(DISGUISES.map(([written]) => written))}`,
		`${DISGUISES.map(([written]) => written).join("\n")}\n`,
	),
	[OTHER_CASE]: note("ipt: case\nclient: Jordan Blake\nprotocol: standard\nmeasure: phq9"),
};

/** Each name as a disguise writes it, to be looked for in an output as written. */
const WRITTEN_NAMES: readonly string[] = ["Mayas", "Maya’s", "Ma\u00adya", "Ma\u200bya", "M\u0430ya", "S**a**m", "M&#97;ya", "Ｍａｙａ", "Sam2", "Sammy", "MK", "STRAUSS", "Jordan", "jo", "li", "priya", "小明", "דוד", "prıya", "Marie"];

/** The disguised names an output still holds as written, or plainly (Maya, Sam, Kern, Patel...). */
export function disguisesLeft(text: string): string[] {
	const plain = ["Maya", "Kern", "Sam", "Patel", "Strauß", "Strauss", "Hans", "Blake", "Anne", "Okafor"];
	return [...WRITTEN_NAMES, ...plain].filter((name) => new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "iu").test(text) || (/\p{Script=Han}|\p{Script=Hebrew}/u.test(name) && text.includes(name)));
}
