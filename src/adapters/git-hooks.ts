import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitError } from '../errors.js';
import { createFileExclusive, replaceFile, readTextIfExists } from './atomic-file.js';
import { git, runGit } from './git-cli.js';
import { gitTopLevel } from './git-index.js';

/** The line that marks a pre-commit hook as ours, so install updates it and uninstall removes only it. */
export const HOOK_MARKER = '# mindlines pre-commit hook';
/** Where an existing pre-commit hook is kept while ours is installed; ours runs it first. */
export const CHAINED_HOOK = 'pre-commit.before-mindlines';

/** This installation of mindlines: the Node binary running it and its `bin/mindlines.js`, by absolute path. */
export function currentMindlines(): { node: string; bin: string } {
  return { node: process.execPath, bin: fileURLToPath(new URL('../../bin/mindlines.js', import.meta.url)) };
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * The hook script: runs the hook it replaced (if any) first, then `mindlines check --staged` for the journal, with
 * the mindlines that installed it. A commit holding an identifier is refused with the list of findings.
 */
export function hookScript(options: { node: string; bin: string; journal: string; refused: string; previous?: string | undefined }): string {
  // With --local, the pre-commit hook of the shared hooks folder this repository no longer uses still runs first.
  const previous = options.previous
    ? `if [ -x ${quote(options.previous)} ]; then
  ${quote(options.previous)} "$@" || exit $?
fi
`
    : '';
  return `#!/bin/sh
${HOOK_MARKER}: refuses a commit whose staged reflections hold patient identifiers.
# Installed by \`mindlines hooks install\`; \`mindlines hooks uninstall\` removes it and restores any earlier hook.
hook_dir=$(dirname "$0")
${previous}if [ -x "$hook_dir/${CHAINED_HOOK}" ]; then
  "$hook_dir/${CHAINED_HOOK}" "$@" || exit $?
fi
node=${quote(options.node)}
[ -x "$node" ] || node=node
bin=${quote(options.bin)}
if [ ! -f "$bin" ]; then
  echo "mindlines pre-commit hook: mindlines is no longer at $bin; run \\\`mindlines hooks install\\\` again (or commit with --no-verify)" >&2
  exit 1
fi
cd "$(git rev-parse --show-toplevel)" || exit 1
"$node" "$bin" --journal ${quote(options.journal)} check --staged
status=$?
[ "$status" -eq 0 ] || echo ${quote(options.refused)} >&2
exit "$status"
`;
}

export interface HookPaths {
  dir: string;
  hook: string;
  chained: string;
  /** The journal relative to the top of the work tree ('.' when they are the same). */
  journalFromTop: string;
}

/** Where core.hooksPath is set, if it is: this repository's own config, or one shared with others. */
export interface HooksPathSetting {
  value: string;
  /** `local` and `worktree` belong to this repository; `global`, `system` and `command` reach other repositories. */
  scope: string;
}

/** The core.hooksPath in force for the journal's repository, and the scope of the config that sets it. */
export async function hooksPathSetting(journalRoot: string): Promise<HooksPathSetting | undefined> {
  const result = await runGit(journalRoot, ['config', '--show-scope', '--get', 'core.hooksPath']);
  if (result.code !== 0) return undefined;
  const [scope, ...value] = result.stdout.trim().split('\t');
  return { scope: scope ?? '', value: value.join('\t') };
}

const inside = (dir: string, parent: string) => {
  const rel = path.relative(parent, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Refuses to write a hook into a hooks folder that other repositories use (issue 13): a global or system
 * core.hooksPath, or a repository setting pointing outside this repository. A mindlines hook there would check (and
 * block) commits in every other repository. `--local` instead gives this repository its own hooks folder.
 */
async function assertHooksFolderIsOurs(journalRoot: string, top: string, gitDir: string, dir: string): Promise<void> {
  const setting = await hooksPathSetting(journalRoot);
  if (!setting) return;
  const ours = (setting.scope === 'local' || setting.scope === 'worktree') && (inside(dir, top) || inside(dir, gitDir));
  if (!ours) throw new SharedHooksPathError(setting, dir);
}

/** core.hooksPath points at a hooks folder shared with other repositories: mindlines will not write there. */
export class SharedHooksPathError extends GitError {
  constructor(
    readonly setting: HooksPathSetting,
    readonly dir: string,
  ) {
    super(`core.hooksPath (${setting.scope} setting) points at ${dir}, a hooks folder other repositories use; a mindlines hook there would check every commit in all of them`, {
      hint: 'run `mindlines hooks install --local` to give this repository its own hooks folder (the shared pre-commit hook still runs first), or install the hook by hand',
    });
  }
}

/** Where git looks for hooks for this journal (honours core.hooksPath). */
export async function hookPaths(journalRoot: string): Promise<HookPaths> {
  const top = await gitTopLevel(journalRoot);
  if (!top) throw new GitError(`${journalRoot} is not in a git repository`, { hint: 'run `git init` there, or `mindlines init`' });
  const dir = path.resolve(journalRoot, (await git(journalRoot, ['rev-parse', '--git-path', 'hooks'])).trim());
  const journalFromTop = path.relative(await fs.realpath(top), await fs.realpath(journalRoot)) || '.';
  return { dir, hook: path.join(dir, 'pre-commit'), chained: path.join(dir, CHAINED_HOOK), journalFromTop };
}

const exists = (file: string) =>
  fs.lstat(file).then(
    () => true,
    () => false,
  );

export type InstallOutcome = { action: 'installed' | 'updated'; hook: string; chained?: string; shared?: string };

/** Installs (or updates) our pre-commit hook; an existing foreign hook is moved aside and chained, never lost. */
export async function installHook(
  journalRoot: string,
  refused: string,
  options: { local?: boolean | undefined } = {},
  mindlines = currentMindlines(),
): Promise<InstallOutcome> {
  let paths = await hookPaths(journalRoot);
  const top = (await gitTopLevel(journalRoot)) as string;
  const gitDir = path.resolve(journalRoot, (await git(journalRoot, ['rev-parse', '--git-common-dir'])).trim());
  let previous: string | undefined;
  try {
    await assertHooksFolderIsOurs(journalRoot, top, gitDir, paths.dir);
  } catch (error) {
    if (!(error instanceof SharedHooksPathError) || !options.local) throw error;
    // This repository only: its own hooks folder, set in its own config (marked, so uninstall can take it back).
    previous = path.join(paths.dir, 'pre-commit');
    const own = path.join(gitDir, 'hooks');
    await git(journalRoot, ['config', '--local', 'core.hooksPath', own]);
    await git(journalRoot, ['config', '--local', 'mindlines.hooksPathSet', 'true']);
    paths = await hookPaths(journalRoot);
  }
  await fs.mkdir(paths.dir, { recursive: true });
  const script = hookScript({ ...mindlines, journal: paths.journalFromTop, refused, previous });
  const existing = await readTextIfExists(paths.hook);
  if (existing !== undefined && existing.includes(HOOK_MARKER)) {
    if (existing !== script) await replaceFile(paths.hook, script);
    await fs.chmod(paths.hook, 0o755);
    return previous ? { action: 'updated', hook: paths.hook, shared: previous } : { action: 'updated', hook: paths.hook };
  }
  let chained: string | undefined;
  if (existing !== undefined) {
    if (await exists(paths.chained)) {
      throw new GitError(`both ${paths.hook} and ${paths.chained} exist; merge them by hand, then run \`mindlines hooks install\` again`);
    }
    await fs.rename(paths.hook, paths.chained);
    chained = paths.chained;
  }
  await createFileExclusive(paths.hook, script, 0o755);
  return { action: 'installed', hook: paths.hook, ...(chained ? { chained } : {}), ...(previous ? { shared: previous } : {}) };
}

export type UninstallOutcome = { action: 'removed'; hook: string; restored?: string } | { action: 'absent' } | { action: 'foreign'; hook: string };

/** Removes our hook and puts back the one it replaced; a hook we did not write is left alone. */
export async function uninstallHook(journalRoot: string): Promise<UninstallOutcome> {
  const paths = await hookPaths(journalRoot);
  // A hooks folder `install --local` set for this repository is given back: the shared one applies again.
  if ((await runGit(journalRoot, ['config', '--local', '--get', 'mindlines.hooksPathSet'])).stdout.trim() === 'true') {
    await runGit(journalRoot, ['config', '--local', '--unset', 'core.hooksPath']);
    await runGit(journalRoot, ['config', '--local', '--unset', 'mindlines.hooksPathSet']);
  }
  const existing = await readTextIfExists(paths.hook);
  if (existing === undefined) {
    if (await exists(paths.chained)) {
      await fs.rename(paths.chained, paths.hook);
      return { action: 'removed', hook: paths.hook, restored: paths.hook };
    }
    return { action: 'absent' };
  }
  if (!existing.includes(HOOK_MARKER)) return { action: 'foreign', hook: paths.hook };
  await fs.unlink(paths.hook);
  if (await exists(paths.chained)) {
    await fs.rename(paths.chained, paths.hook);
    return { action: 'removed', hook: paths.hook, restored: paths.hook };
  }
  return { action: 'removed', hook: paths.hook };
}
