import type { JournalHistory } from '../core/history/ports.js';

/**
 * The journal's git history (adapters/git-history.ts), loaded on first use: most commands only commit, at their
 * end, and many change nothing, so the git adapter is not loaded for them (issue 17).
 */
export function gitHistoryOnDemand(root: string): JournalHistory {
  let loaded: Promise<JournalHistory> | undefined;
  const history = () => (loaded ??= import('./git-history.js').then(({ GitHistory }) => new GitHistory(root)));
  return {
    ownsRepository: async () => (await history()).ownsRepository(),
    commit: async (paths, message, fallback) => (await history()).commit(paths, message, fallback),
    fileState: async (path) => (await history()).fileState(path),
    versions: async (path, limit) => (await history()).versions(path, limit),
    head: async () => (await history()).head(),
    revert: async (commit, message, fallback) => (await history()).revert(commit, message, fallback),
  };
}
