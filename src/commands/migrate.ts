import { migrateJournal } from '../app/migrate.js';
import type { Context } from '../container.js';
import { messages } from '../ui/messages.js';

/** `mindlines migrate`: brings a journal written in an older format up to date (nothing to do for format 1). */
export async function runMigrate(ctx: Context): Promise<void> {
  const result = await migrateJournal(ctx);
  if (ctx.globals.json) {
    ctx.ui.json(result);
    return;
  }
  if (result.ran.length === 0) ctx.ui.info(messages.migrateNothing(result.from));
  else ctx.ui.success(messages.migrateDone(result.from, result.to, result.ran));
}
