/** Making a journal and writing and reading entries: init, new, list, show. */
export const journalHelp = {
  init: 'Create a journal: mindlines.yaml, entries/, .gitignore, and a git repository if the folder is not in one.',
  initAfter: `
Examples:
  $ mindlines init                                  make the current folder a journal
  $ mindlines init ~/cpd --profile gmc --name "GP appraisal"
  $ mindlines init practice-journal --mode team    a journal a practice shares through git

Running it again on a journal changes nothing and says so.`,
  new: 'Write a new reflection: a guided interview in a terminal (autosaved as a draft), or from an answers file.',
  newAfter: `
Examples:
  $ mindlines new                                  choose a template, answer its questions, preview, save
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
  show: 'Show one entry, by any unique start of its id, its four-character short id, or its path.',
  showAfter: `
Examples:
  $ mindlines show 01JD3
  $ mindlines show entries/2026/11/2026-11-27-spacer-technique-7f3k.md
  $ mindlines show 7f3k --json`,
} as const;

/** The options of these commands, as `--help` describes them. */
export const journalOptions = {
  mode: 'personal (default) or team',
  profile: 'regulator profile: generic (default), gmc, nmc, gphc, hcpc, ahpra-medical, rcpsc-moc, ama',
  name: 'a name for the journal',
  answers: 'read the answers from a YAML or JSON file, or - for stdin',
  template: 'reflection template id (default: the journal’s, else constructivist)',
  title: 'the title (overrides one in the answers)',
  resume: 'resume an unfinished draft: the most recent, or the one with this id',
} as const;
