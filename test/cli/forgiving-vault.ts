// A case written as clinicians write by hand: loose dates, a year alone, other names
// for values, slips of the pen, and sessions missed or cancelled. Both faces read it.
import { note } from "../support/cli";

export const FORGIVING_VAULT: Record<string, string> = {
	"IPT/Ana/Ana.md": note("ipt: case\nclient: Ana\nprotocol: IPT-A\nstatus: ongoing\nstart: 2026/03/02\nonset: 2026-2-15"),
	"IPT/Ana/People/Mum.md": note("ipt: person\nrole: mother\ncircle: 1\nstatus: dead\ndied: 2019"),
	"IPT/Ana/Events/Loss.md": note("ipt: event\ndate: 2019\ntype: bereavement"),
	"IPT/Ana/Events/Move.md": note("ipt: event\ndate: 12/03/2026\ntype: moved"),
	"IPT/Ana/Events/Row.md": note("ipt: event\ndate: 2026.01.20\ntype: seperation"),
	"IPT/Ana/Sessions/Session 01.md": note("ipt: session\nsession: 1\ndate: 2026-03-02\ntasks: [inventory, formualtion]\nhomework: [Call Dad]"),
	"IPT/Ana/Sessions/Session 02.md": note("ipt: session\nsession: 2\ndate: 2026-03-09\nattended: false\nreason: DNA"),
	"IPT/Ana/Sessions/Session 03.md": note("ipt: session\nsession: 3\ndate: 2026-03-16\nattended: false\nreason: cancelled-by-client\ntasks: [sick-role]"),
};

export const TODAY = "2026-03-20";
