import { helpOptions } from './help-options.js';

/** Command descriptions and the examples shown under `--help`. */
export const help = {
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
  init: 'Create a journal: mindlines.yaml, entries/, .gitignore, and a git repository if the folder is not in one.',
  initAfter: `
Examples:
  $ mindlines init                                  make the current folder a journal
  $ mindlines init ~/cpd --profile gmc --name "GP appraisal"
  $ mindlines init ~/cpd --profile nmc --registrant "Sam Nurse" --registration-number 12A3456E
  $ mindlines init practice-journal --mode team    a journal a practice shares through git

Running it again on a journal changes nothing and says so.`,
  new: 'Write a new reflection: a guided interview in a terminal (autosaved as a draft), or from an answers file.',
  newAfter: `
Examples:
  $ mindlines new                                  choose a template, answer its questions, preview, save
  $ mindlines new --short                          six questions: what happened, what you learned, what changes
  $ mindlines new --template gibbs --title "Breaking bad news"
  $ mindlines new --resume                         carry on with the most recent unfinished draft
  $ mindlines new --answers reflection.yaml
  $ echo '{"title":"Spacers","experience":"...","learning":"..."}' | mindlines new --answers -
  $ mindlines new --answers a.yaml --template constructivist --json

Answer keys of the default (constructivist) template:
  front matter  title (required), date, activity, hours, participatory, tags, learned_with, resources,
                loop, level, visibility, beliefs [{belief, before, outcome, after}], actions [{text, due}]
  sections      experience (required), prior, challenge, learning (required), change
  any template  builds_on: the earlier entries this one builds on (ids, short ids or paths)
An unknown key or a missing required answer is an error (exit 2), so a typo never loses text.

In the interview, the draft is saved after every answer (.mindlines/drafts/); Ctrl-C stops with exit 130 and
\`mindlines new --resume\` carries on. Long answers open in $VISUAL or $EDITOR (Enter on an empty line in an
editor section, or /e in any section). Without a terminal and without --answers, new exits 2 at once.`,
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
  // guided reflection (issue 3)
  quick: 'Capture a note in a second: a quick entry (status draft) to reflect on later with `mindlines reflect`.',
  quickAfter: `
Examples:
  $ mindlines quick "yesterday: a parent showed me why under-fives need the spacer mask"
  $ mindlines quick last Tuesday - NICE NG136 changed my blood pressure targets #hypertension
  $ echo "Sepsis: lactate before fluids" | mindlines quick --tag sepsis

A leading date (today, yesterday, last Tuesday, 3 days ago, 2026-11-20, 20/11) sets the entry's date;
#words become tags; the first sentence becomes the title. Prints the new file's path.`,
  reflect: 'Grow a quick note (or any entry) into a full reflection with a template, keeping what was captured.',
  reflectAfter: `
Examples:
  $ mindlines reflect 7f3k                      choose a template; the note is offered as the first answer
  $ mindlines reflect 01JD3 --template gibbs
  $ mindlines reflect 7f3k --short              the six-question short reflection

The entry keeps its id, file and created date; answers are saved as a draft as you go (Ctrl-C, then
\`mindlines new --resume\`). Needs a terminal.`,
  edit: 'Open an entry in $VISUAL / $EDITOR; it is checked when you close the editor, and saved only if it parses.',
  editAfter: `
Examples:
  $ mindlines edit 7f3k
  $ EDITOR=nano mindlines edit entries/2026/11/2026-11-27-spacer-technique-7f3k.md

If your edit no longer parses, mindlines says where (file:line) and offers to re-open it; the entry keeps its
last good version, and your edit is kept in .mindlines/edits/ until it parses. The editor works on a copy in
the journal's private .mindlines/editing/ folder (owner-only), never in /tmp.`,
  drafts: 'List unfinished interviews (kept after Ctrl-C or a crash), or discard one.',
  draftsAfter: `
Examples:
  $ mindlines drafts                            id, title, template, progress, when last saved
  $ mindlines drafts --json
  $ mindlines new --resume 01JD3                carry on with one
  $ mindlines drafts discard 01JD3`,
  templates: 'List, show or validate reflection templates (built-in, and your own in the journal’s templates/).',
  templatesAfter: `
Examples:
  $ mindlines templates                         every template: constructivist, gibbs, kolb, driscoll, johns, ...
  $ mindlines templates show sea                its questions, in the order the interview asks them
  $ mindlines templates validate my-template.yaml
  $ mindlines templates validate                every built-in and journal template

A file in the journal's templates/ folder overrides a built-in template with the same id, or adds one.
validate names the file, line, field and problem, and exits 1 when one is found.`,
  // privacy guard (issue 5)
  check:
    'Check entries (or any Markdown or text files) for patient identifiers, unparsable front matter, git conflict ' +
    'markers, duplicate ids and private entries tracked by git. Exit 1 on a problem or a likely identifier (medium or ' +
    'high confidence); low-confidence findings are warnings unless --strict.',
  checkAfter: `
Examples:
  $ mindlines check                          every entry in the journal
  $ mindlines check blog/draft.md notes/     files and folders, e.g. a blog draft before you post it
  $ mindlines check --staged                 what the next git commit would hold (the pre-commit hook runs this)
  $ mindlines check --strict                 low-confidence findings block too
  $ mindlines check --json                   { "ok": false, "findings": [ { "file", "line", "column", "kind", "text", "confidence", "reason" } ], "problems": [...] }

Each finding prints as  file:line:column kind "text" (confidence: why).
Kinds: nhs-number, chi-number, hc-number, ni-number, postcode, phone, email, dob, hospital-number, ssn, medicare,
address, person-name, ihi, ohip, eircode, ca-postcode, age-sex. Names on privacy.names in mindlines.yaml are
always caught. High and medium findings make check fail; low ones (an old date, an age and sex, a name the lists
know without context) are printed as warnings, and block only with --strict.
A reviewed false positive is accepted where it is written:
  <!-- mindlines:allow person-name "Grace Ward" -->
or for the whole journal under privacy.allow in mindlines.yaml (e.g. - person-name "Grace Ward").`,
  hooks: 'Install or remove a git pre-commit hook that runs `mindlines check --staged` and refuses commits holding identifiers.',
  hooksAfter: `
Examples:
  $ mindlines hooks install      an existing pre-commit hook is kept and still runs first
  $ mindlines hooks uninstall    removes the mindlines hook and puts back the one it replaced

The hook runs this copy of mindlines (by its full path); after moving or reinstalling mindlines, install again.
It checks every staged file with text in it (Markdown, CSV, JSON, files without an extension, UTF-16, Word .docx).
It is installed for this repository only: when core.hooksPath sends git to a hooks folder other repositories
share (a global setting), install explains and stops; --local gives this repository its own hooks folder, where
the shared pre-commit hook still runs first (uninstall gives it back).`,
  visibility: 'Make an entry private, team or public. In a team journal private entries move to git-ignored private/.',
  visibilityAfter: `
Examples:
  $ mindlines visibility 7f3k private    never committed: the file moves to private/ (team journals)
  $ mindlines visibility 01JD3 team      shared with the team through git: the file moves to entries/

Making an entry private after it was committed keeps it out of later commits; earlier versions stay in git history.`,
  // closing the loop: actions, spaced review, the belief ledger (issue 8)
  actions: 'List every action across entries (text, due date, entry, age); `actions done ENTRY#N` marks one done.',
  actionsAfter: `
Examples:
  $ mindlines actions                     every action: open and overdue first, then done
  $ mindlines actions --overdue           open actions past their due date
  $ mindlines actions --open --json       open actions as JSON (ref, text, due, status, age_days, entry)
  $ mindlines actions done 7f3k#1 --note "checked at every review since"

An action is named ENTRY#N: the entry's short id (or id, or path), #, and the action's number in that entry.`,
  actionsDoneCommand: 'Mark an action done: records today\'s date (and a note) in the entry\'s front matter, changing nothing else.',
  actionsDoneAfter: `
Examples:
  $ mindlines actions done 7f3k#1
  $ mindlines actions done 01JD3F6Q#2 --note "new leaflet in every room" --json

Only the entry's \`actions\` (and \`updated\`) change; comments, unknown keys and the body stay byte for byte.`,
  actionsDropCommand: 'Drop an action from your plan: records today\'s date (and why) in the entry; a PDP review lists it as dropped.',
  actionsDropAfter: `
Examples:
  $ mindlines actions drop 7f3k#2 --note "the audit moved to a colleague"

A dropped action is no longer open, overdue or reviewed; the GMC appraisal summary lists it under last year's
plan as dropped, with the date. Only the entry's \`actions\` (and \`updated\`) change.`,
  review: 'Spaced review: each open action and belief comes back at growing intervals until it is settled.',
  reviewAfter: `
Examples:
  $ mindlines review                      in a terminal: did you do it? how firmly do you hold it now?
  $ mindlines review --list               what is due today, without asking anything
  $ MINDLINES_NOW=2027-01-15 mindlines review --list --json

An item first comes up on its action's due date, or a week after its entry. Each review moves it along
1 week, 1 month, 3 months, 6 months: "it stuck" (done, under way, held as firmly) lengthens the interval,
"not yet" (not done, held less firmly, changed) shortens it; a done action, or a belief that sticks at six
months, is settled. The schedule is kept in the entry's front matter (\`review:\`), so it travels with git.
A review with something to say is saved as a short follow-up entry that builds on the original.
Without a terminal, \`review\` exits 2; \`review --list\` works anywhere.`,
  beliefs: 'The belief ledger: each belief, how firmly it was held over time, and the entries that moved it.',
  beliefsAfter: `
Examples:
  $ mindlines beliefs
  $ mindlines beliefs --json

A belief and its revisits (follow-ups, and entries whose builds_on names it with the same belief) form one
line. Beliefs held firmly (brick or concrete) and later challenged or changed are listed first: accommodation,
the reflections appraisers and regulators value most.`,
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
  $ mindlines export cpd --format json --author "A. Trainee"   for scripts (schemas/cpd-report.schema.json)
  $ mindlines export cpd --all-authors --exclude-private   a team journal's total, private entries left out
  $ mindlines export cpd -o revalidation.pdf                a PDF, printed by Chrome, Chromium or Edge
  $ mindlines export cpd --journals trainees/ -o cohort/   an educator: a report per trainee and a cohort summary
  $ mindlines export cpd --journal a --journal b --format pdf -o cohort/
  $ mindlines export cpd --profile gphc --select 0p01,0p03,0p04,0p06 -o submission.pdf

The period is the profile's current cycle or year (year_start and cycle_start in mindlines.yaml), unless
--from/--to are given. Only completed CPD up to today counts: later entries are listed as planned, unfinished
notes (status draft) are named by short id, and entries whose activity the profile does not recognise are listed
as "not counted by this profile" with their hours. In a team journal the default is the current author's entries.
An entry file in the period that cannot be read stops the export (exit 1, file:line) unless --skip-invalid.
Profiles: generic, gmc, nmc, gphc, hcpc, ahpra-medical, rcpsc-moc, ama, and any in the journal's
templates/profiles/. The export refuses to write while identifiers are found in the entries it includes
(exit 1, each listed as file:line:column kind); --allow-findings writes anyway and says so.

A PDF is the HTML page printed by a Chrome, Chromium or Edge found on this computer ($MINDLINES_BROWSER names
one); without one, write the HTML and print it from any browser. Every page of the HTML, PDF and DOCX carries the
registrant's name and number (registrant: in mindlines.yaml) and "page X of Y". Over several journals, -o names a
folder: one report per trainee (--format, default html) and cohort-summary.csv, .json and .html, listing each
trainee against each requirement and the journals that could not be read (exit 1 when any).`,
  exportBlog:
    'A blog draft from one or more shared entries: title, summary, what I learned, what changed in my practice, ' +
    'references and tags, with front matter for your site. Hours, belief strength and action dates stay out.',
  exportBlogAfter: `
Examples:
  $ mindlines export blog 01JD3                             Markdown with Jekyll front matter on stdout
  $ mindlines export blog 01JD3 7f3k --site hugo -o content/posts/spacers.md
  $ mindlines export blog 01JD3 --format html -o post.html  a self-contained, sanitised page

Only entries with visibility team or public (or --include-private); an entry shared with the team only needs --yes
to go into a post, which is public. The post is dated today (the date of a clinical event is itself a clue) unless
--date gives a date, or "entry" for the latest entry's date. It refuses to write while identifiers are found
(exit 1); --redact replaces them with placeholders in the draft (the entries are unchanged), showing each change;
--allow-findings writes anyway and says so.`,
  // issue 13: redact
  redact: 'Replace each likely identifier in an entry with a readable placeholder ([name], [NHS number], [date of birth], [address]), after showing the changes.',
  redactAfter: `
Examples:
  $ mindlines redact 7f3k          shows each change, asks, then rewrites the entry (and its file name)
  $ mindlines redact 7f3k --yes    without asking (needed without a terminal)
  $ mindlines redact 7f3k --all    low-confidence findings too

Medium- and high-confidence findings are replaced; a reviewed false positive marked with
<!-- mindlines:allow KIND "TEXT" --> is left alone.`,
  stats: 'Charts of your learning: hours per month, activity and learned-with mix, progress against the profile, top tags.',
  statsAfter: `
Examples:
  $ mindlines stats
  $ mindlines stats --from 2026-01-01 --to 2026-12-31 --profile gmc
  $ mindlines stats --json

Under the charts, "Closing the loop": the share of reflections that reached an action, the actions done by
their due date, and the beliefs that changed (in --json: \`loop\`).`,
  // team: sync, digest, members (issue 7)
  sync: 'Share the journal through git: commit new and changed entries, bring in the team’s (pull --rebase), send yours (push).',
  syncAfter: `
Examples:
  $ mindlines sync                      commit, pull with rebase, push
  $ mindlines sync --json               the same, with what happened as JSON on stdout

What is committed: new, changed and removed entries under entries/, named in the message
("mindlines: add 2 reflections, update 1"), plus the journal's own settings on the first sync.
Never committed: private entries (in a team journal they live in git-ignored private/), and nothing at all
while an entry about to be shared holds a possible patient identifier or does not parse: sync stops and lists them.
Uncommitted edits to other files are left alone (autostash).

No remote: the commit stays here; add one with \`git remote add origin URL\`.
Offline, or the remote refuses the push: the commit stays here and the next sync sends it (exit 1).
Both sides changed the same entry: yours stays in place, the other version is saved beside it as
<name>.conflict-<author>.md, nothing is sent and no rebase is left in progress (exit 1). Compare the two,
keep what you want in the entry, delete the copy, and sync again.

To join a team journal: git clone URL my-journal, then mindlines --journal my-journal sync.`,
  team: 'What the team learned, and who writes: a digest for a practice learning meeting, and the members.',
  teamDigest: 'A digest of the team’s shared entries for a learning meeting: who wrote, themes, significant and learning events, collective and organisational learning, double- and triple-loop learning, open shared actions, learning resources.',
  teamDigestAfter: `
Examples:
  $ mindlines team digest                              the last 30 days, as Markdown
  $ mindlines team digest --since "last month"
  $ mindlines team digest --since 2026-09-01 --format html > digest.html
  $ mindlines team digest --format json

Private entries are never counted or shown.`,
  teamMembers: 'Who has written in the journal (shared entries and commits), and when last.',
  teamMembersAfter: `
Examples:
  $ mindlines team members
  $ mindlines team members --json`,
  // Records that survive (issue 14): recover, doctor, resolve, migrate.
  recover: 'List text rescued after a crash (an editor’s, or a write that was stopped), and put it back as its entry.',
  recoverAfter: `
Examples:
  $ mindlines recover                   what is kept in .mindlines/rescued/, oldest first
  $ mindlines recover 1                 put it back as the entry it was (when no entry has its id)
  $ mindlines recover 1 --print         see it; --replace puts it in place of the entry with its id

The status screen and the home menu say when there is something to recover.`,
  doctor: 'Repair the journal: make its records private to you again, and clear what a crash left behind.',
  doctorAfter: `
Examples:
  $ mindlines check        reports entries, private/, .mindlines/ or .git/ that other users of this computer can read
  $ mindlines doctor       makes them yours alone (folders 0700, files 0600); git itself runs with umask 077`,
  resolve: 'When two files hold one entry id, keep one; the others become conflict copies to compare (sync refuses to share both).',
  resolveAfter: `
Examples:
  $ mindlines resolve 01JD3Z --keep entries/2026/11/2026-11-27-spacer-review-7f3k.md
  $ mindlines check        lists every id more than one file holds`,
  migrate: 'Bring a journal written in an older format up to date (mindlines.yaml’s `version:`; none means 1).',
  migrateAfter: `
Examples:
  $ mindlines migrate      format 1 is the current one: nothing to do, and it says so`,
  recordsOptions: {
    keep: 'the file to keep (journal-relative path)',
    print: 'print the rescued text on stdout',
    discard: 'remove the rescued text',
    replace: 'put the rescued text in place of the entry with the same id',
  },
  teamOptions: {
    digestSince: 'from this date (default: 30 days before --until)',
    digestUntil: 'up to and including this date (default: today)',
    format: 'md (default), html or json',
  },
  options: helpOptions,
} as const;
