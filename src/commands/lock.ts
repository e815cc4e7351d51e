import { lockJournal, unlockJournal } from '../app/lock.js';
import type { Context } from '../container.js';
import { LockedFileError } from '../errors.js';
import { messages } from '../ui/messages.js';

export interface LockCommandOptions {
  /** --clear-front-matter / --no-clear-front-matter */
  clearFrontMatter?: boolean;
  identity?: string;
}

/** `mindlines lock`: private entries encrypted at rest; the locked files' paths on stdout. */
export async function runLock(opts: LockCommandOptions, ctx: Context): Promise<void> {
  const result = await lockJournal(ctx, { clearFrontMatter: opts.clearFrontMatter, identity: opts.identity });
  if (result.key?.secret) {
    ctx.ui.info(messages.keyCreated(result.key.keyFile));
    // The one time the secret is shown: on stderr, so it never lands in a file the output is piped to.
    ctx.ui.warn(messages.recoveryKey(result.key.secret));
  } else if (result.key) ctx.ui.info(messages.keyAdopted(result.key.keyFile));
  for (const p of result.problems) ctx.ui.warn(ctx.ui.safe(messages.lockProblem(p.path, p.message)));
  if (ctx.globals.json) {
    ctx.ui.json({ keyFile: result.key?.keyFile ?? null, settings: result.settingsAt, locked: result.locked, already: result.already, resealed: result.resealed, clearFrontMatter: result.settings.clearFrontMatter, problems: result.problems });
    return;
  }
  if (result.locked.length > 0) ctx.ui.data(result.locked.join('\n'));
  if (result.resealed > 0) ctx.ui.info(messages.lockResealed(result.resealed));
  if (result.locked.length === 0 && result.already === 0) ctx.ui.success(messages.lockNothing);
  else ctx.ui.success(messages.lockDone(result.locked.length, result.already, ctx.config.mode === 'team' ? 'private' : 'entries'));
  ctx.ui.info(messages.lockClearFrontMatter(result.settings.clearFrontMatter));
}

/** `mindlines unlock`: every locked entry back to plain Markdown (the passphrase is asked once). */
export async function runUnlock(ctx: Context): Promise<void> {
  const result = await unlockJournal(ctx);
  for (const p of result.problems) ctx.ui.warn(ctx.ui.safe(`${p.path}: ${p.message}`));
  if (ctx.globals.json) ctx.ui.json({ unlocked: result.unlocked, problems: result.problems });
  else if (result.unlocked.length > 0) ctx.ui.data(result.unlocked.join('\n'));
  if (result.problems.length > 0) throw new LockedFileError(result.problems[0]?.path ?? '', messages.unlockFailed(result.problems.length));
  ctx.ui.success(messages.unlockDone(result.unlocked.length));
}
