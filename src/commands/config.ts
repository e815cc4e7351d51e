import { getSetting, listSettings, setSetting, unsetSetting, type SettingRow } from '../app/config.js';
import { describeMonthDay } from '../config/settings.js';
import type { Context } from '../container.js';
import { UsageError } from '../errors.js';
import { fitTable } from '../ui/fit-table.js';
import { messages } from '../ui/messages.js';

export interface ConfigOptions {
  action?: string | undefined;
  key?: string | undefined;
  value?: string[] | undefined;
}

const shown = (row: SettingRow) => (row.value === undefined ? '' : String(row.value));

/** `mindlines config [list | get KEY | set KEY VALUE | unset KEY]`: the journal's settings (issue 17). */
export async function runConfig(opts: ConfigOptions, ctx: Context): Promise<void> {
  const action = opts.action ?? 'list';
  const ui = ctx.ui;
  if (action === 'list') {
    const rows = listSettings(ctx.config);
    if (ctx.globals.json) {
      ui.json(Object.fromEntries(rows.map((r) => [r.key, r.value ?? null])));
      return;
    }
    const cells = rows.map((r) => [
      r.key,
      ui.safe(shown(r)) || { text: messages.settingNotSet, style: ui.color.dim },
      r.readOnly ? { text: 'read-only', style: ui.color.dim } : r.set || r.value === undefined ? '' : { text: messages.settingDefault, style: ui.color.dim },
    ]);
    ui.data(fitTable([{ header: 'setting', weight: 0 }, { header: 'value', min: 10, weight: 2 }, { header: '', weight: 0 }], cells, ctx.runtime.stdout.columns ?? 100, (h) => ui.color.bold(h)));
    ui.info(ui.color.dim(`${ctx.root}/mindlines.yaml`));
    return;
  }
  if (!['get', 'set', 'unset'].includes(action)) throw new UsageError(messages.configActionUnknown(action));
  if (!opts.key) throw new UsageError(messages.configNeedsKey(action));
  if (action === 'get') {
    const row = getSetting(ctx.config, opts.key);
    if (ctx.globals.json) ui.json({ key: row.key, value: row.value ?? null, set: row.set });
    else if (row.value !== undefined) ui.data(ui.safe(shown(row)));
    return;
  }
  const change = action === 'set' ? await setSetting(ctx, opts.key, (opts.value ?? []).join(' ') || missingValue(opts.key)) : await unsetSetting(ctx, opts.key);
  if (ctx.globals.json) {
    ui.json({ key: change.key, value: change.value ?? null, previous: change.previous ?? null, changed: change.changed });
    return;
  }
  const said = change.key === 'year_start' && typeof change.value === 'string' ? `${change.value} (${describeMonthDay(change.value)})` : String(change.value);
  if (action === 'unset') ui.success(messages.settingUnset(change.key));
  else if (change.changed) ui.success(ui.safe(messages.settingSet(change.key, said)));
  else ui.info(ui.safe(messages.settingUnchanged(change.key, said)));
}

function missingValue(key: string): never {
  throw new UsageError(messages.configNeedsValue(key));
}
