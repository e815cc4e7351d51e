/** Command descriptions and the examples shown under `--help`. */
export const help = {
  program:
    'A reflective-practice journal for health professionals: capture what you learn at work as plain Markdown ' +
    'in a git repository you own, and turn it into the CPD evidence your regulator asks for.',
  programAfter: `
Examples:
  $ mindlines init ~/cpd --profile nmc          make a journal in ~/cpd for NMC revalidation
  $ mindlines new --answers reflection.yaml     write a reflection from a YAML or JSON answers file
  $ mindlines list --since 2026-04-01           this appraisal year's entries
  $ mindlines show 01JD                         read an entry by the start of its id

The journal is --journal DIR, else $MINDLINES_DIR, else the nearest folder upward holding mindlines.yaml,
else ~/mindlines (created on first use).
Exit codes: 0 ok, 1 failure or problems found, 2 usage error, 130 cancelled.`,
  init: 'Create a journal: mindlines.yaml, entries/, .gitignore, and a git repository if the folder is not in one.',
  initAfter: `
Examples:
  $ mindlines init                                  make the current folder a journal
  $ mindlines init ~/cpd --profile gmc --name "GP appraisal"
  $ mindlines init practice-journal --mode team    a journal a practice shares through git

Running it again on a journal changes nothing and says so.`,
  new: 'Write a new reflection from an answers file (YAML or JSON), one `##` section per template question.',
  newAfter: `
Examples:
  $ mindlines new --answers reflection.yaml
  $ echo '{"title":"Spacers","experience":"...","learning":"..."}' | mindlines new --answers -
  $ mindlines new --answers a.yaml --template constructivist --json

Answer keys of the default (constructivist) template:
  front matter  title (required), date, activity, hours, participatory, tags, learned_with, resources,
                loop, level, visibility, beliefs [{belief, before, outcome, after}], actions [{text, due}]
  sections      experience (required), prior, challenge, learning (required), change
An unknown key or a missing required answer is an error (exit 2), so a typo never loses text.`,
  list: 'List entries, newest first, as a table, JSON or paths; answered from the index, so it stays fast.',
  listAfter: `
Examples:
  $ mindlines list
  $ mindlines list --since 2026-04-01 --until 2027-03-31
  $ mindlines list --since "last month" --tag asthma --json
  $ mindlines list --since "last year" --activity course --sort hours --limit 10
  $ mindlines list --status draft --format paths | xargs $EDITOR

Every filter must match; --tag can be given several times. Dates are inclusive.`,
  // search and reindex (issue 4)
  search: 'Search titles, tags and bodies for words and "quoted phrases", best matches first, each with a snippet.',
  searchAfter: `
Examples:
  $ mindlines search spacer
  $ mindlines search '"spacer technique"' mask          (the phrase and the word must both appear)
  $ mindlines search sepsis --since "last year" --tag paediatrics
  $ mindlines search lactate --json                     (each hit with its score and snippet)
  $ mindlines search asthma --sort date --limit 5

Words match whole words, ignoring case and accents. Title words count most, then tags, then the body.`,
  reindex: 'Rebuild the index (.mindlines/index.json) from the entry files, with a progress bar.',
  reindexAfter: `
Examples:
  $ mindlines reindex
  $ mindlines reindex --json

You rarely need this: every command brings the index up to date with the files first (new, changed and
deleted files), and a damaged index is rebuilt by itself. The index is never committed.`,
  show: 'Show one entry, by any unique start of its id, its four-character short id, or its path.',
  showAfter: `
Examples:
  $ mindlines show 01JD3
  $ mindlines show entries/2026/11/2026-11-27-spacer-technique-7f3k.md
  $ mindlines show 7f3k --json`,
  options: {
    journal: 'the journal folder (default: $MINDLINES_DIR, a folder above holding mindlines.yaml, or ~/mindlines)',
    json: 'print data as JSON on stdout',
    noColor: 'no colours (also when NO_COLOR is set)',
    quiet: 'say nothing on stderr except warnings and errors',
    debug: 'show the full error and stack trace when something fails',
    mode: 'personal (default) or team',
    profile: 'regulator profile: generic (default), gmc, nmc, gphc, hcpc, ahpra-medical, rcpsc-moc, ama',
    name: 'a name for the journal',
    answers: 'read the answers from a YAML or JSON file, or - for stdin',
    template: 'reflection template id (default: the journal’s, else constructivist)',
    title: 'the title (overrides one in the answers)',
    since: 'from this date (YYYY-MM-DD or natural, e.g. "last month")',
    until: 'up to and including this date',
    tag: 'only entries with this tag (repeat for several; all must match)',
    activity: 'only entries of this activity type',
    // search and reindex (issue 4)
    templateFilter: 'only entries written with this template',
    author: 'only entries whose author contains this (any case)',
    visibility: 'only private, team or public entries',
    status: 'only draft or complete entries (no status counts as complete)',
    limit: 'at most this many results',
    sort: 'date (newest first; the default for list), hours (most first) or title; search sorts by relevance unless asked',
    format: 'table (default), json (same as --json) or paths (one path per line)',
    query: 'words and "quoted phrases"; every one must match',
  },
} as const;
