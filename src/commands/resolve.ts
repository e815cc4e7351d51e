import { resolveDuplicate } from '../app/resolve.js';
import type { Context } from '../container.js';
import { messages } from '../ui/messages.js';

/** `mindlines resolve ID --keep PATH`: one file per entry id again, the others kept as conflict copies. */
export async function runResolve(opts: { ref: string; keep?: string | undefined }, ctx: Context): Promise<void> {
  const result = await resolveDuplicate(ctx, opts.ref, opts.keep);
  if (ctx.globals.json) {
    ctx.ui.json(result);
    return;
  }
  ctx.ui.success(ctx.ui.safe(messages.resolveDone(result.kept, result.copies)));
}
