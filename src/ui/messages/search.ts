/** The index, list filters and search (issue 4). */
export const searchMessages = {
  indexLocked: (file: string) =>
    `another mindlines has held the index lock (${file}.lock) for too long; try again, or delete that folder if no mindlines is running`,
  noHits: (query: string) => `Nothing matches "${query}".`,
  reindexed: (entries: number, problems: number) =>
    `Indexed ${entries} ${entries === 1 ? 'entry' : 'entries'}${problems > 0 ? `; ${problems} ${problems === 1 ? 'file' : 'files'} could not be read` : ''}.`,
} as const;
