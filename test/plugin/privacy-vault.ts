// A case whose names appear everywhere a face could show them: client, people, events,
// homework, evidence, diagnostics. Privacy tests look for each of NAMES.
export const CASE = "IPT/Jordan Rivers/Jordan Rivers.md";

function note(frontmatter: string, body = ""): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

/** A case whose names appear everywhere a view could show them: client, people, events, homework, evidence. */
export const VAULT: Record<string, string> = {
	[CASE]: note("ipt: case\nclient: Jordan Rivers\nonset: 2026-03-01\nfocus:\n  - role-dispute\naliases:\n  - JR"),
	"IPT/Jordan Rivers/People/Sam Patel.md": note('ipt: person\nname: Sam Patel\nrole: partner\ncircle: 1\nsupport: 1\nconflict: 3\ndispute_stage: impasse\nrelated:\n  - "[[Kim]]"'),
	"IPT/Jordan Rivers/People/Kim.md": note("ipt: person\nrole: friend\ncircle: 2\nsupport: 3"),
	"IPT/Jordan Rivers/People/Alex.md": note("ipt: person\nrole: friend\ncircle: 3\nsupport: lots"),
	"IPT/Jordan Rivers/People/Dee.md": note("ipt: person\ncircle: 3\nstatus: estranged"),
	"IPT/Jordan Rivers/People/Gran Rose.md": note("ipt: person\nrole: grandmother\ncircle: 2\ndied: 2026-02-10"),
	"IPT/Jordan Rivers/Events/2026-01-10 Sam moved out.md": note('ipt: event\ndate: 2026-01-10\ntype: separation\npeople:\n  - "[[Sam Patel]]"'),
	"IPT/Jordan Rivers/Events/2026-02-10 Gran Rose died.md": note('ipt: event\ndate: 2026-02-10\ntype: death\npeople:\n  - "[[Gran Rose]]"'),
	"IPT/Jordan Rivers/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-03-10\nphq9: 18\nhomework:\n  - Call Alex on Sunday"),
	"IPT/Jordan Rivers/Sessions/Session 02.md": note("ipt: session\nsession: 2\ndate: 2026-03-17\nphq9_items: [2, 2, 2, 2, 2, 2, 2, 2, 1]\nhomework_review: done\nhomework:\n  - Tell Sam Patel how the week went\n  - Ask Kim and Dee round\ncirle: 2"),
	"IPT/Jordan Rivers/Supervision/2026-03-20 with Noor Haddad.md": note("ipt: supervision\ndate: 2026-03-20\nsupervisor: Noor Haddad\nminutes: 60\nrecording_reviewed: true\nsessions: [1, 2]"),
};
export const NAMES = ["Jordan", "Rivers", "Sam", "Patel", "Kim", "Alex", "Dee", "Gran Rose", "Rose"];
/** The case's supervisor: shown only by the supervision totals. */
export const SUPERVISOR_NAMES = ["Noor", "Haddad"];

