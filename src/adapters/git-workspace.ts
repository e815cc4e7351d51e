import type { Git } from '../core/workspace-ports.js';

/**
 * Git through its command line, as the Git port: each part (identity, index, hooks, the repository for sync) is
 * imported when first used, so a command that never touches git loads none of it.
 */
export function gitWorkspace(): Git {
  const cli = () => import('./git-cli.js');
  const index = () => import('./git-index.js');
  const hooks = () => import('./git-hooks.js');
  return {
    identity: async (dir) => {
      const { gitUserName, gitUserEmail } = await cli();
      return (await gitUserName(dir)) ?? (await gitUserEmail(dir));
    },
    isTracked: async (dir, file) => (await index()).isTracked(dir, file),
    trackedFiles: async (dir, folder) => (await index()).trackedFiles(dir, folder),
    topLevel: async (dir) => (await index()).gitTopLevel(dir),
    stagedFiles: async (top) => (await index()).stagedFiles(top),
    stagedText: async (top, file) => (await index()).stagedText(top, file),
    stagedDocument: async (top, file) => (await index()).stagedDocument(top, file),
    repository: async (dir) => new (await import('./git-repository.js')).GitRepository(dir),
    installHook: async (dir, refused, options) => (await hooks()).installHook(dir, refused, options),
    uninstallHook: async (dir) => (await hooks()).uninstallHook(dir),
  };
}
