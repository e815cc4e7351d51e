import { deleteEntry, planDelete } from '../app/set-aside.js';
import type { Context } from '../container.js';
import { shortId } from '../core/entries/short-id.js';
import { messages } from '../ui/messages.js';
import { requireTerminal } from './terminal.js';

export interface DeleteOptions {
  ref: string;
  yes?: boolean | undefined;
}

/** `mindlines delete ID`: asks, removes the file, and says how to get it back (issue 17). */
export async function runDelete(opts: DeleteOptions, ctx: Context): Promise<void> {
  const plan = await planDelete(ctx, opts.ref);
  const { entry } = plan;
  const id = shortId(entry.meta.id);
  if (!opts.yes) {
    requireTerminal(ctx.runtime, messages.deleteNeedsYes, messages.deleteNeedsYesHint);
    ctx.ui.info(ctx.ui.safe(messages.deleteShow(entry.meta.title, id, entry.path)));
    ctx.ui.info(messages.deleteRecovery(plan.recovery));
    const prompter = await ctx.prompter();
    if (!(await prompter.confirm({ message: messages.deleteConfirm, default: false }))) {
      ctx.ui.info(messages.deleteKept);
      return;
    }
  }
  await deleteEntry(ctx, plan);
  if (ctx.globals.json) {
    ctx.ui.json({ deleted: entry.path, id: entry.meta.id, recovery: plan.recovery });
    return;
  }
  ctx.ui.success(ctx.ui.safe(messages.deleted(entry.meta.title, id)));
  ctx.ui.info(messages.deletedRecovery(plan.recovery, ctx.root, entry.path));
}
