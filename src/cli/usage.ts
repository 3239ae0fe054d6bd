// Help texts, one per command; `--help` prints them and usage errors point to them.

export const MAIN_HELP = `ipt-workbench: IPT case notes report over an Obsidian vault folder

Usage:
  ipt-workbench report <vault> [--json] [--case <path or client>] [--today YYYY-MM-DD]
  ipt-workbench validate <vault>
  ipt-workbench <command> --help

Reads every .md note below <vault> (skipping .obsidian, .trash and other dot-folders),
nothing else; it never writes to the vault and never uses the network.

Exit codes: 0 fine; 1 the vault has error diagnostics (validate); 2 usage error or
unreadable vault folder.
`;

export const REPORT_HELP = `Usage: ipt-workbench report <vault> [--json] [--case <path or client>] [--today YYYY-MM-DD]

Prints each case's clinical picture: open safety items first, then phase and what is
due, problem-area flags with their evidence, measures, warnings and diagnostics.

Options:
  --json            print the report as JSON (snake_case keys, cases sorted by path)
  --case <which>    only this case: its case note's path, or the client as written
  --today <date>    the date to report as of (default: today); sessions decide it
                    when they are dated
  -h, --help        show this help
`;

export const VALIDATE_HELP = `Usage: ipt-workbench validate <vault>

Checks every IPT note's frontmatter against the note format and lists each problem
with its file, field and a fix. Exits 1 when any is an error, 0 otherwise.

Options:
  -h, --help        show this help
`;
