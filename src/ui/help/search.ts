/** Search and the index (issue 4), and the filters list and search share. */
export const searchHelp = {
  search: 'Search titles, tags and bodies for words and "quoted phrases", best matches first, each with a snippet.',
  searchAfter: `
Examples:
  $ mindlines search spacer
  $ mindlines search '"spacer technique"' mask          (the phrase and the word must both appear)
  $ mindlines search sepsis --since "last year" --tag paediatrics
  $ mindlines search lactate --json                     (each hit with its score and snippet)
  $ mindlines search asthma --sort date --limit 5

Words match whole words, ignoring case and accents. Title words count most, then tags, then the body.`,
  reindex: 'Rebuild the index (.mindlines/index.json) from the entry files, with a progress bar.',
  reindexAfter: `
Examples:
  $ mindlines reindex
  $ mindlines reindex --json

You rarely need this: every command brings the index up to date with the files first (new, changed and
deleted files), and a damaged index is rebuilt by itself. The index is never committed.`,
} as const;

/** The options of these commands, as `--help` describes them. */
export const searchOptions = {
  since: 'from this date (YYYY-MM-DD or natural, e.g. "last month")',
  until: 'up to and including this date',
  tag: 'only entries with this tag (repeat for several; all must match)',
  activity: 'only entries of this activity type',
  templateFilter: 'only entries written with this template',
  authorFilter: 'only entries whose author contains this (any case)',
  visibility: 'only private, team or public entries',
  status: 'only draft or complete entries (no status counts as complete)',
  limit: 'at most this many results',
  sort: 'date (newest first; the default for list), hours (most first) or title; search sorts by relevance unless asked',
  format: 'table (default), json (same as --json) or paths (one path per line)',
  query: 'words and "quoted phrases"; every one must match',
} as const;
