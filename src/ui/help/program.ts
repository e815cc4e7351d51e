/** The program itself: what it is, examples, and the global options. */
export const programHelp = {
  program:
    'A reflective-practice journal for health professionals: capture what you learn at work as plain Markdown ' +
    'in a git repository you own, and turn it into the CPD evidence your regulator asks for.',
  programAfter: `
Examples:
  $ mindlines                                   in a terminal: a menu (new, quick note, resume, browse)
  $ mindlines init ~/cpd --profile nmc          make a journal in ~/cpd for NMC revalidation
  $ mindlines new                               a guided reflection, saved as a draft after every answer
  $ mindlines quick "yesterday: spacers need a mask under five"
  $ mindlines new --answers reflection.yaml     write a reflection from a YAML or JSON answers file
  $ mindlines list --since 2026-04-01           this appraisal year's entries
  $ mindlines show 01JD                         read an entry by the start of its id

The journal is --journal DIR, else $MINDLINES_DIR, else the nearest folder upward holding mindlines.yaml,
else ~/mindlines (created on first use).
Exit codes: 0 ok, 1 failure or problems found, 2 usage error, 130 cancelled.`,
} as const;

/** The options of these commands, as `--help` describes them. */
export const programOptions = {
  journal: 'the journal folder (default: $MINDLINES_DIR, a folder above holding mindlines.yaml, or ~/mindlines)',
  json: 'print data as JSON on stdout',
  noColor: 'no colours (also when NO_COLOR is set)',
  quiet: 'say nothing on stderr except warnings and errors',
  debug: 'show the full error and stack trace when something fails',
} as const;
