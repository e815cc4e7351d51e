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
  options: {
    dryRun: 'show what would be imported (dates, titles, warnings) and write nothing',
    importFormat: 'jrnl, markdown or csv (default: from the file: a folder is markdown, .json jrnl, .csv csv)',
    map: 'for a CSV: which column each field comes from, e.g. date=Date,title=Topic,hours=Hours',
    importVisibility: 'private (default), team or public',
  },
} as const;
