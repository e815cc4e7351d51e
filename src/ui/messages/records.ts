/** The commands that look after the records themselves: recover, doctor, resolve, migrate (issue 14). */
export const recordsMessages = {
  recoverNone: 'Nothing to recover: no rescued text is kept in .mindlines/rescued/.',
  recoverHeading: (count: number) => `${count} rescued ${count === 1 ? 'text' : 'texts'} (oldest first):`,
  recoverKind: { editor: 'editor text after a crash', 'interrupted-write': 'a write that was stopped' } as Record<string, string>,
  recoverListHint: 'restore one with `mindlines recover N`, see it with `mindlines recover N --print`, drop it with `mindlines recover N --discard`',
  recoverNotFound: (ref: string) => `no rescued text "${ref}"`,
  recoverNotFoundHint: 'list them with `mindlines recover`',
  recoverAmbiguous: (ref: string, count: number) => `"${ref}" matches ${count} rescued texts; give its number from \`mindlines recover\``,
  recoverNotEntry: (file: string, problem: string) => `${file} is not a whole entry (${problem}), so it cannot be put back as one`,
  recoverNotEntryHint: (ref: string) => `see it with \`mindlines recover ${ref} --print\` and copy what you want into an entry with \`mindlines edit\`; then \`mindlines recover ${ref} --discard\``,
  recoverExists: (entry: string, file: string) => `${entry} has the same id and holds different text from ${file}`,
  recoverExistsHint: (ref: string) => `compare the two (e.g. \`git diff --no-index ENTRY RESCUED\`); \`mindlines recover ${ref} --replace\` puts the rescued text in the entry's place, \`--discard\` drops it`,
  recoverRestored: (path: string) => `Restored ${path}.`,
  recoverReplaced: (path: string) => `Replaced ${path} with the rescued text.`,
  recoverIdentical: (path: string) => `${path} already holds exactly this text; the rescued copy was removed.`,
  recoverDiscarded: (file: string) => `Discarded ${file}.`,
  /** The status screen's and the home menu's reminder. */
  statusRescued: (count: number) => `  recover   ${count} rescued ${count === 1 ? 'text' : 'texts'} kept after a crash: \`mindlines recover\``,
  menuRecover: (count: number) => `Recover rescued text (${count})`,
  readableByOthers: (mode: number) =>
    `other users of this computer can read this (mode ${mode.toString(8).padStart(4, '0')}); \`mindlines doctor\` makes the journal's records private (folders 0700, files 0600)`,
  doctorTightened: (count: number) => `Made ${count} ${count === 1 ? 'file or folder' : 'files and folders'} private to you (folders 0700, files 0600).`,
  doctorNothing: 'Nothing to repair: the journal’s records are private to you.',
  doctorRescued: (count: number) => `${count} rescued ${count === 1 ? 'text is' : 'texts are'} kept in .mindlines/rescued/: see \`mindlines recover\``,
  syncMerged: (path: string, author: string, renamedFrom: readonly string[]) =>
    `${path}: you and ${author} both changed it${renamedFrom.length > 0 ? ` (it was ${renamedFrom.join(', ')})` : ''}; the two were merged into one.`,
  syncDuplicates: (count: number) =>
    `sync stopped: ${count === 1 ? 'an entry id is' : `${count} entry ids are`} held by more than one file; nothing was sent`,
  syncDuplicateLine: (id: string, paths: readonly string[]) => `id ${id}: ${paths.join(', ')}`,
  syncDuplicatesHint:
    'keep one file of each with `mindlines resolve ID --keep PATH` (the others become conflict copies to compare), then run mindlines sync again',
  resolveOneFile: (id: string, path: string) => `only ${path} holds the id ${id}; there is nothing to resolve`,
  resolveChoose: (id: string, paths: readonly string[]) => `${paths.length} files hold the id ${id}: ${paths.join(', ')}; say which to keep`,
  resolveChooseHint: (id: string, path: string) => `e.g. mindlines resolve ${id} --keep ${path}`,
  resolveNotOne: (keep: string, id: string) => `${keep} is not one of the files holding the id ${id}`,
  resolveDone: (kept: string, copies: readonly string[]) =>
    `Kept ${kept}; ${copies.length === 1 ? 'the other file is now the conflict copy' : 'the others are now the conflict copies'} ${copies.join(', ')}: compare, keep what you want in ${kept}, then delete the ${copies.length === 1 ? 'copy' : 'copies'}.`,
  migrateNoStep: (format: number, to: number) => `this mindlines has no step from journal format ${format} towards ${to}; update mindlines`,
  migrateNothing: (format: number) => `This journal is format ${format}, the format this mindlines writes: nothing to migrate.`,
  migrateDone: (from: number, to: number, ran: readonly string[]) => `Migrated the journal from format ${from} to ${to}: ${ran.join('; ')}.`,
} as const;
