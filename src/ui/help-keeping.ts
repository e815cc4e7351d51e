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
  options: {
    dryRun: 'show what would be imported (dates, titles, warnings) and write nothing',
    importFormat: 'jrnl, markdown or csv (default: from the file: a folder is markdown, .json jrnl, .csv csv)',
    map: 'for a CSV: which column each field comes from, e.g. date=Date,title=Topic,hours=Hours',
    importVisibility: 'private (default), team or public',
    bundle: 'write a zip of the report (in --format) and the evidence attached to its entries, with a manifest of SHA-256s',
  },
} as const;
