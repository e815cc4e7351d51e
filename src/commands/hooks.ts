import type { Context } from '../container.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';

export interface HooksOptions {
  action: string;
  /** Give this repository its own hooks folder when core.hooksPath points at a shared one (issue 13). */
  local?: boolean | undefined;
}

/** `mindlines hooks install|uninstall`: the git pre-commit hook that runs `check --staged`. */
export async function runHooks(opts: HooksOptions, ctx: Context): Promise<void> {
  if (opts.action === 'install') {
    const outcome = await ctx.git.installHook(ctx.root, messages.hooksRefused, { local: opts.local });
    if (outcome.action === 'updated') ctx.ui.success(messages.hooksUpdated(outcome.hook));
    else ctx.ui.success(messages.hooksInstalled(outcome.hook));
    if (outcome.chained) ctx.ui.info(messages.hooksChained(outcome.chained));
    if (outcome.shared) ctx.ui.info(messages.hooksLocal(outcome.shared));
    if (ctx.globals.json) ctx.ui.json({ action: outcome.action, hook: outcome.hook, chained: outcome.chained ?? null });
    return;
  }
  if (opts.action === 'uninstall') {
    const outcome = await ctx.git.uninstallHook(ctx.root);
    if (outcome.action === 'absent') ctx.ui.info(messages.hooksNotInstalled);
    else if (outcome.action === 'foreign') ctx.ui.warn(messages.hooksForeign(outcome.hook));
    else {
      ctx.ui.success(messages.hooksUninstalled(outcome.hook));
      if (outcome.restored) ctx.ui.info(messages.hooksRestored(outcome.restored));
    }
    if (ctx.globals.json) ctx.ui.json(outcome);
    return;
  }
  throw new UsageError(`unknown hooks action "${opts.action}"; use install or uninstall`);
}
