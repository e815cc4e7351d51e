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
  list: 'List entries, newest first, as a table or JSON.',
  listAfter: `
Examples:
  $ mindlines list
  $ mindlines list --since 2026-04-01 --until 2027-03-31
  $ mindlines list --since "last month" --tag asthma --json`,
  show: 'Show one entry, by any unique start of its id, its four-character short id, or its path.',
  showAfter: `
Examples:
  $ mindlines show 01JD3
  $ mindlines show entries/2026/11/2026-11-27-spacer-technique-7f3k.md
  $ mindlines show 7f3k --json`,
  // evidence for appraisal: export cpd, export blog, stats (issue 6)
  export: 'Export your entries: a CPD summary for appraisal or revalidation, or a blog draft to share what you learned.',
  exportAfter: `
Examples:
  $ mindlines export cpd --profile nmc --format html -o revalidation.html
  $ mindlines export blog 01JD3 -o spacer-post.md`,
  exportCpd:
    'A CPD summary for the period: who and when, totals against each requirement of the profile, the CPD log, ' +
    'reflective accounts laid out as the regulator\'s form, and open actions (your personal development plan).',
  exportCpdAfter: `
Examples:
  $ mindlines export cpd                                   this period's summary as Markdown on stdout
  $ mindlines export cpd --profile nmc -o revalidation.html    printable page (print it, or save as PDF)
  $ mindlines export cpd --format docx -o appraisal.docx   for Word or LibreOffice
  $ mindlines export cpd --format csv -o log.csv --from 2026-04-01 --to 2027-03-31
  $ mindlines export cpd --format json --author "A. Trainee"   for scripts (schema in the README)

The period is the profile's current cycle or year (year_start and cycle_start in mindlines.yaml), unless
--from/--to are given. Profiles: generic, gmc, nmc, gphc, hcpc, ahpra-medical, rcpsc-moc, ama, and any in the
journal's templates/profiles/. The export refuses to write while identifiers are found in the entries it includes
(exit 1, each listed as file:line:column kind); --allow-findings writes anyway and says so.`,
  exportBlog:
    'A blog draft from one or more shared entries: title, summary, what I learned, what changed in my practice, ' +
    'references and tags, with front matter for your site. Hours, belief strength and action dates stay out.',
  exportBlogAfter: `
Examples:
  $ mindlines export blog 01JD3                             Markdown with Jekyll front matter on stdout
  $ mindlines export blog 01JD3 7f3k --site hugo -o content/posts/spacers.md
  $ mindlines export blog 01JD3 --format html -o post.html  a self-contained, sanitised page

Only entries with visibility team or public (or --include-private). It refuses to write while identifiers are
found (exit 1); --allow-findings writes anyway and says so.`,
  stats: 'Charts of your learning: hours per month, activity and learned-with mix, progress against the profile, top tags.',
  statsAfter: `
Examples:
  $ mindlines stats
  $ mindlines stats --from 2026-01-01 --to 2026-12-31 --profile gmc
  $ mindlines stats --json`,
  // privacy guard (issue 5)
  check:
    'Check entries (or any Markdown or text files) for patient identifiers, unparsable front matter, git conflict ' +
    'markers, duplicate ids and private entries tracked by git. Exit 1 when anything is found.',
  checkAfter: `
Examples:
  $ mindlines check                          every entry in the journal
  $ mindlines check blog/draft.md notes/     files and folders, e.g. a blog draft before you post it
  $ mindlines check --staged                 what the next git commit would hold (the pre-commit hook runs this)
  $ mindlines check --json                   { "ok": false, "findings": [ { "file", "line", "column", "kind", "text", "confidence" } ], "problems": [...] }

Each finding prints as  file:line:column kind "text".
Kinds: nhs-number, chi-number, hc-number, ni-number, postcode, phone, email, dob, hospital-number, ssn, medicare,
address, person-name. Names on privacy.names in mindlines.yaml are always caught.
A reviewed false positive is accepted where it is written:
  <!-- mindlines:allow person-name "Grace Ward" -->
or for the whole journal under privacy.allow in mindlines.yaml (e.g. - person-name "Grace Ward").`,
  hooks: 'Install or remove a git pre-commit hook that runs `mindlines check --staged` and refuses commits holding identifiers.',
  hooksAfter: `
Examples:
  $ mindlines hooks install      an existing pre-commit hook is kept and still runs first
  $ mindlines hooks uninstall    removes the mindlines hook and puts back the one it replaced

The hook runs this copy of mindlines (by its full path); after moving or reinstalling mindlines, install again.`,
  visibility: 'Make an entry private, team or public. In a team journal private entries move to git-ignored private/.',
  visibilityAfter: `
Examples:
  $ mindlines visibility 7f3k private    never committed: the file moves to private/ (team journals)
  $ mindlines visibility 01JD3 team      shared with the team through git: the file moves to entries/

Making an entry private after it was committed keeps it out of later commits; earlier versions stay in git history.`,
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
    // evidence for appraisal (issue 6)
    from: 'from this date (YYYY-MM-DD or natural); default: the start of the profile\'s current period',
    to: 'up to and including this date; default: the end of the period',
    exportProfile: 'count against this profile (default: the journal\'s)',
    cpdFormat: 'md (default), html, json, csv or docx; -o FILE picks it from the extension',
    blogFormat: 'md (default) or html',
    site: 'front matter for jekyll (default for md), hugo, or plain (no front matter; default for html)',
    output: 'write to this file (atomically) instead of stdout',
    author: 'only this author\'s entries (a shared journal); also names whose evidence it is',
    allowFindings: 'write even though possible identifiers were found (reported on stderr)',
    includePrivate: 'allow entries whose visibility is private',
    blogTitle: 'the post title (default: the entry\'s title)',
    staged: 'check the files staged in git (what the next commit would hold)',
  },
} as const;
