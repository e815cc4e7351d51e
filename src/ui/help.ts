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
  teamOptions: {
    digestSince: 'from this date (default: 30 days before --until)',
    digestUntil: 'up to and including this date (default: today)',
    format: 'md (default), html or json',
  },
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
    staged: 'check the files staged in git (what the next commit would hold)',
  },
} as const;
