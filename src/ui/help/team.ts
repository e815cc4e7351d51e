/** Team journals (issue 7): sync, team digest, team members. */
export const teamHelp = {
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
} as const;
