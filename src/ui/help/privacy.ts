/** The privacy guard (issue 5): check, hooks, visibility. */
export const privacyHelp = {
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
} as const;

/** The options of these commands, as `--help` describes them. */
export const privacyOptions = {
  staged: 'check the files staged in git (what the next commit would hold)',
} as const;
