/**
 * `--help` texts of the commands that bring a clinician's past in and keep their evidence and private entries
 * (issue 18): import, attach, lock, unlock. In their own module so the other groups' texts stay as they were.
 */
export const keepingHelp = {
  import: 'Bring notes in from elsewhere: jrnl\'s JSON export, a folder of Markdown notes, or a CPD log spreadsheet (CSV).',
  importAfter: `
Examples:
  $ mindlines import journal.json --dry-run        what jrnl --export json would bring in; nothing is written
  $ mindlines import journal.json
  $ mindlines import ~/Obsidian/Daily              Obsidian daily notes, nb, zk, Day One's export, plain notes
  $ mindlines import cpd-log.csv                   the NMC CPD log's columns are recognised
  $ mindlines import log.csv --map date=When,title=Course,hours=Time,body=Notes

Markdown notes: the date comes from the front matter, else the file name (2024-03-01.md, 20240301093000.md), else
the file's modification time; the title from the front matter, else the first heading. Other front-matter keys
are kept. Every imported entry gets a new id, records where it came from in \`imported_from\`, and is a draft
unless its sections are a template's. Imported entries are private unless --visibility says otherwise.
The privacy check reads everything first and lists what it finds before anything is written. Importing the same
source again adds nothing. --map fields: date, title, body, hours, participatory, activity, standards, resources,
tags, id.`,
  attach: 'Attach evidence to an entry (certificates, feedback letters, audit reports): copied in and recorded with its SHA-256.',
  attachAfter: `
Examples:
  $ mindlines attach 7f3k certificate.pdf
  $ mindlines attach 01JD3 feedback-letter.docx audit-summary.pdf
  $ mindlines show 7f3k                              lists the attachments
  $ mindlines export cpd --bundle appraisal.zip      the report with every included entry's evidence

Files are copied to attachments/<entry id>/ (a private entry's in a team journal to git-ignored
private/attachments/<entry id>/) and recorded in the entry's front matter as name, size and sha256; the file you
gave is not changed. Text files, Word files and PDFs (with pdftotext installed) are checked for patient
identifiers; images and scans cannot be, and you are told so. \`mindlines check\` reports an attachment that is
missing or has changed.`,
  lock: 'Store private entries encrypted (age): only their id stays in the clear, unless you choose to keep their front matter so.',
  lockAfter: `
Examples:
  $ mindlines lock                                 make the key (asks a passphrase twice), lock every private entry
  $ mindlines lock --clear-front-matter            keep titles, dates and hours readable for lists and totals
  $ mindlines lock --identity ~/keys/me.txt        lock to an age identity file you already keep
  $ MINDLINES_PASSPHRASE_FILE=~/.pp mindlines search sepsis     scripts give the passphrase this way
  $ mindlines unlock                               every locked entry back to plain Markdown

Each private entry becomes <folder>/<id>.md.age, encrypted to one X25519 key (age's format: the stock age tool
reads it); the key is kept in ~/.config/mindlines/keys/, encrypted with your passphrase (scrypt), and shown once
as a recovery key. Writing a private entry needs no passphrase; reading one asks once per command (in a
terminal, or from MINDLINES_PASSPHRASE / MINDLINES_PASSPHRASE_FILE; without either, locked entries are left out
and you are told how many). The index never holds their text. A locked file that fails its authentication is
reported and never rewritten. Settings: encryption: in mindlines.yaml (private/encryption.json in a team journal).`,
  unlock: 'Decrypt every locked entry back to plain Markdown, and write new private entries in the clear again.',
  unlockAfter: `
Examples:
  $ mindlines unlock
  $ MINDLINES_PASSPHRASE_FILE=~/.pp mindlines unlock --json

The key is kept, so a later \`mindlines lock\` uses it again without a new passphrase.`,
  options: {
    dryRun: 'show what would be imported (dates, titles, warnings) and write nothing',
    importFormat: 'jrnl, markdown or csv (default: from the file: a folder is markdown, .json jrnl, .csv csv)',
    map: 'for a CSV: which column each field comes from, e.g. date=Date,title=Topic,hours=Hours',
    importVisibility: 'private (default), team or public',
    clearFrontMatter: 'keep each locked entry\'s front matter in the clear, so lists and totals need no passphrase',
    noClearFrontMatter: 'keep nothing but the id in the clear (the default)',
    identity: 'lock to this age identity file (plain, or protected with age -p) instead of making a key',
    bundle: 'write a zip of the report (in --format) and the evidence attached to its entries, with a manifest of SHA-256s',
  },
} as const;
