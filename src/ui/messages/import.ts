const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** Bringing notes in: import (issue 18). */
export const importMessages = {
  importBadFormat: (value: string) => `--format "${value}" is not a format mindlines imports; choose jrnl, markdown or csv`,
  importSourceMissing: (source: string) => `${source}: no such file or folder`,
  importUnknownFormat: (file: string) =>
    `${file}: mindlines cannot tell what this is; give --format jrnl (jrnl --export json), markdown (notes) or csv (a CPD log)`,
  importFolderNotFile: (folder: string, format: string) => `${folder} is a folder; a ${format} import reads one file`,
  importMapOnlyCsv: '--map names the columns of a CPD log spreadsheet; it only applies to a CSV file',
  importProblem: (origin: string, message: string) => `${origin}: ${message}`,
  importNeedsKey: (count: number) =>
    `${count} locked ${count === 1 ? 'entry' : 'entries'} could not be read, so mindlines cannot tell what was imported before; give the journal's passphrase to import`,
  importSkipped: (count: number) => `${entries(count)} already in the journal (imported before, or the same entry twice); skipped.`,
  importFindings: (count: number) =>
    `The privacy check found ${count} possible ${count === 1 ? 'identifier' : 'identifiers'} in what is being imported (listed above as source:line:column kind).`,
  importFindingsHint:
    'The entries are imported as private; remove or generalise each identifier with `mindlines edit` before you share or export them.',
  importDryRun: (count: number, source: string) =>
    count === 0 ? `Nothing new to import from ${source}.` : `Would import ${entries(count)} from ${source}. Nothing was written; run again without --dry-run to import.`,
  importDone: (count: number, source: string) => (count === 0 ? `Nothing new to import from ${source}.` : `Imported ${entries(count)} from ${source}.`),
  importNotRead: (count: number) => `${count} ${count === 1 ? 'record' : 'records'} could not be read (above) and ${count === 1 ? 'was' : 'were'} not imported.`,
} as const;
