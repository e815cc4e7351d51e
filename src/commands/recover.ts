import { discardRescued, findRescued, restoreRescued } from '../app/recover.js';
import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';

export interface RecoverOptions {
  ref?: string | undefined;
  print?: boolean | undefined;
  discard?: boolean | undefined;
  replace?: boolean | undefined;
}

/**
 * `mindlines recover [N] [--print | --discard | --replace]`: text kept after a crash (an editor's, or a write that
 * was stopped) listed, shown, put back as its entry, or dropped.
 */
export async function runRecover(opts: RecoverOptions, ctx: Context): Promise<void> {
  const chosen = [opts.print, opts.discard, opts.replace].filter(Boolean).length;
  if (chosen > 1) throw new UsageError('give one of --print, --discard and --replace');
  if (!opts.ref) {
    if (chosen > 0) throw new UsageError('say which rescued text: mindlines recover N', { hint: messages.recoverNotFoundHint });
    return listRescued(ctx);
  }
  if (opts.print) {
    const item = await findRescued(ctx, opts.ref);
    ctx.ui.raw(await ctx.rescued.read(item.ref));
    return;
  }
  if (opts.discard) {
    const item = await discardRescued(ctx, opts.ref);
    ctx.ui.success(messages.recoverDiscarded(item.file));
    return;
  }
  const result = await restoreRescued(ctx, opts.ref, { replace: opts.replace });
  if (ctx.globals.json) {
    ctx.ui.json({ action: result.action, entry: entryToJson(result.entry, false) });
    return;
  }
  const said = { restored: messages.recoverRestored, replaced: messages.recoverReplaced, identical: messages.recoverIdentical }[result.action];
  ctx.ui.success(ctx.ui.safe(said(result.entry.path)));
}

async function listRescued(ctx: Context): Promise<void> {
  const items = await ctx.rescued.list();
  if (ctx.globals.json) {
    ctx.ui.json(items.map((item, i) => ({ number: i + 1, ...item })));
    return;
  }
  if (items.length === 0) {
    ctx.ui.info(messages.recoverNone);
    return;
  }
  ctx.ui.info(messages.recoverHeading(items.length));
  const lines = items.map((item, i) => {
    const what = messages.recoverKind[item.kind] ?? item.kind;
    const where = item.origin ? ` for ${item.origin}` : '';
    return `${String(i + 1).padStart(3)}  ${item.saved.slice(0, 16).replace('T', ' ')}  ${item.file}  ${ctx.ui.color.dim(`${what}${where}, ${item.size} bytes`)}`;
  });
  ctx.ui.data(ctx.ui.safe(lines.join('\n')));
  ctx.ui.info(messages.recoverListHint);
}
