// Help texts, one per command; `--help` prints them and usage errors point to them.

export const MAIN_HELP = `ipt-workbench: IPT case notes report over an Obsidian vault folder

Usage:
  ipt-workbench report <vault> [--json] [--explain] [--case <path or client>] [--today YYYY-MM-DD]
  ipt-workbench validate <vault> [--templates]
  ipt-workbench export <vault> --case <path or client> --out <folder> [--identified] [--include-bodies]
  ipt-workbench supervision <vault> [--json]
  ipt-workbench portfolio <vault> <case> --out <folder> [--identified]
  ipt-workbench check-formulation <vault> <note> [--today YYYY-MM-DD]
  ipt-workbench class-vault <vault> --out <folder>
  ipt-workbench <command> --help

Reads every .md note below <vault> (skipping .obsidian, .trash and other dot-folders),
nothing else; it never writes to the vault and never uses the network. Only export
and portfolio and class-vault write, and only into the --out folder.

Exit codes: 0 fine; 1 the vault has error diagnostics (validate), the export or
portfolio was refused, or the class vault would hold a case not marked fictional; 2
usage error, unreadable vault folder, or an --out folder that already holds
an export or cannot be written.
`;

export const REPORT_HELP = `Usage: ipt-workbench report <vault> [--json] [--explain] [--case <path or client>] [--today YYYY-MM-DD]

Prints each case's clinical picture: open safety items first, then phase and what is
due, problem-area flags with their evidence, measures, warnings and diagnostics.

Options:
  --json            print the report as JSON (snake_case keys, cases sorted by path);
                    it always carries each flag's, evidence line's, warning's and
                    change category's rule (rule, rule_text)
  --explain         print under each flag, evidence line, warning and measure
                    category the rule behind it (docs/ipt-rules.md names each)
  --case <which>    only this case: its case note's path or folder, or the client as written
  --today <date>    the date to report as of (default: today); sessions decide it
                    when they are dated
  -h, --help        show this help
`;

export const VALIDATE_HELP = `Usage: ipt-workbench validate <vault> [--templates]

Checks every IPT note's frontmatter against the note format and lists each problem
with its file, field and a fix. Exits 1 when any is an error, 0 otherwise. Notes in
the templates folders (IPT Workbench's, and core Templates' and Templater's when they
are on) and in the folders to ignore are left out.

Options:
  --templates       check the templates folders instead, as templates: each one's
                    placeholders filled with sample values, then every rule of the
                    note format
  -h, --help        show this help
`;

export const EXPORT_HELP = `Usage: ipt-workbench export <vault> --case <path or client> --out <folder> [--identified] [--include-bodies] [--today YYYY-MM-DD]

Writes a case summary for supervision and teaching into <folder>: summary.md,
closeness-circle.svg and, when the primary measure has scores, measures.svg.

De-identified by default: the client becomes "Client A", people their role labels,
note names and links their labels, and dates count in weeks from the first session.
It is pseudonymised, not anonymised. Before writing, every file is searched for any
name the case knows; if one is left, nothing is written, each place is listed and the
exit code is 1. Files already in <folder> are never overwritten, and a folder that
cannot take every file keeps none of them (exit 2).

Options:
  --case <which>     the case: its case note's path or folder, or the client as written
  --out <folder>     where to write; created when missing
  --identified       keep names and dates as the notes give them
  --include-bodies   add the notes' text (de-identified like the rest)
  --today <date>     the date the case is read as of (default: today)
  -h, --help         show this help
`;

export const SUPERVISION_HELP = `Usage: ipt-workbench supervision <vault> [--json]

Totals of the vault's supervision notes (ipt: supervision), per case and over all
cases: supervised cases, whether early, middle and late sessions were discussed,
meetings, hours, recordings reviewed and consent recorded: what a certification
body asks for (ISIPT therapist certification: three supervised cases).

Options:
  --json            print the totals as JSON (snake_case keys)
  -h, --help        show this help
`;

export const PORTFOLIO_HELP = `Usage: ipt-workbench portfolio <vault> <case> --out <folder> [--identified] [--today YYYY-MM-DD]

Writes a certification portfolio for one case into <folder>: portfolio.md (the case
report's headings to fill in, the inventory, the formulation, measures at intake and
every 4 sessions, each session's phase and tasks, the case's supervision totals, and a
self-rating table by item number) and closeness-circle.svg. When the templates folder holds
"IPT self-rating.md" (a scale's wording, which the tool does not ship), its text
takes the table's place.

De-identified by default, with the same rules and the same last scan for names as
export: if a name is left, nothing is written and the exit code is 1. Files already in
<folder> are never overwritten.

Options:
  --out <folder>     where to write; created when missing
  --identified       keep names and dates as the notes give them
  --today <date>     the date the case is read as of (default: today)
  -h, --help         show this help
`;

export const CHECK_FORMULATION_HELP = `Usage: ipt-workbench check-formulation <vault> <note> [--today YYYY-MM-DD]

Checks a student's formulation (a note with ipt: formulation, given by its path in the
vault) against the engine's problem-area flags for its case and, when the case holds
one, the trainer's formulation key (ipt: formulation-key): each area agreed, missed or
extra, with the engine's reason, then the focus and the evidence notes chosen.

Options:
  --today <date>    the date the case is read as of (default: today)
  -h, --help        show this help
`;

export const CLASS_VAULT_HELP = `Usage: ipt-workbench class-vault <vault> --out <folder>

Writes a starting vault for students into <folder>, which must not exist yet: the
templates (the vault's edited copies, else the built-in ones), every case of the vault
(or, when it has none, the built-in practice cases), the bases and the plugin's
data.json as it is. Formulation keys and students' formulations are never included.
Every case must be marked fictional: true; when one is not, nothing is written, the
case notes are listed and the exit code is 1. All the files or none are written.

Options:
  --out <folder>    where to write; a new folder
  -h, --help        show this help
`;
