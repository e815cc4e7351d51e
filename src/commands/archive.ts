import { archiveEntry } from '../app/set-aside.js';
import type { Context } from '../container.js';
import { entryToJson } from '../core/entries/entry-json.js';
import { shortId } from '../core/entries/short-id.js';
import { messages } from '../ui/messages.js';

export interface ArchiveOptions {
  ref: string;
  restore?: boolean | undefined;
}

/** `mindlines archive ID [--restore]`: kept, but left out of lists and totals unless asked for (issue 17). */
export async function runArchive(opts: ArchiveOptions, ctx: Context): Promise<void> {
  const { entry, changed } = await archiveEntry(ctx, opts.ref, opts.restore);
  if (ctx.globals.json) {
    ctx.ui.json({ ...entryToJson(entry), changed });
    return;
  }
  const title = entry.meta.title;
  if (!changed) ctx.ui.info(ctx.ui.safe(messages.alreadyArchived(title)));
  else if (opts.restore) ctx.ui.success(ctx.ui.safe(messages.restored(title, entry.meta.status ?? 'complete')));
  else ctx.ui.success(ctx.ui.safe(messages.archived(title, shortId(entry.meta.id))));
}
