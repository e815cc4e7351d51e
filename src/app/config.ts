import { parseConfig, type JournalConfig } from '../config/journal-config.js';
import { findSetting, isSetInFile, normaliseSetting, READ_ONLY_SETTINGS, SETTINGS, withSetting, type Setting } from '../config/settings.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';

/** `mindlines config list | get KEY | set KEY VALUE | unset KEY` (issue 17), over the journal's settings file. */

export type ConfigPorts = Pick<JournalPorts, 'config' | 'settings' | 'profiles' | 'templates' | 'changes'>;

export interface SettingRow {
  key: string;
  value: string | boolean | undefined;
  /** Whether mindlines.yaml holds it (else a default is in effect). */
  set: boolean;
  /** Changed another way (`mode` moves files). */
  readOnly: boolean;
}

export function listSettings(config: JournalConfig): SettingRow[] {
  return [
    ...SETTINGS.map((s) => ({ key: s.key, value: s.read(config), set: isSetInFile(config, s), readOnly: false })),
    ...READ_ONLY_SETTINGS.map((s) => ({ key: s.key, value: s.read(config), set: true, readOnly: true })),
  ];
}

function settingFor(key: string): Setting {
  const found = findSetting(key);
  if (found.setting) return found.setting;
  if (READ_ONLY_SETTINGS.some((s) => s.key === key)) throw new UsageError(messages.settingReadOnly(key));
  throw new UsageError(messages.unknownSetting(key, found.suggestion), { hint: messages.unknownSettingHint });
}

export function getSetting(config: JournalConfig, key: string): SettingRow {
  const readOnly = READ_ONLY_SETTINGS.find((s) => s.key === key);
  if (readOnly) return { key, value: readOnly.read(config), set: true, readOnly: true };
  const setting = settingFor(key);
  return { key: setting.key, value: setting.read(config), set: isSetInFile(config, setting), readOnly: false };
}

/** Writes one setting (or removes it), checked by reading the whole file back, and notes the change for the commit. */
async function write(ctx: ConfigPorts, setting: Setting, value: string | boolean | undefined): Promise<JournalConfig> {
  const before = await ctx.settings.read();
  const after = withSetting(before, setting.path, value);
  const config = parseConfig(after, ctx.settings.path);
  if (after !== before) {
    await ctx.settings.write(after, before);
    ctx.changes.note({ verb: 'set', paths: [ctx.settings.path], id: setting.key, title: value === undefined ? '(unset)' : String(value) });
  }
  return config;
}

export interface SettingChange {
  key: string;
  value: string | boolean | undefined;
  previous: string | boolean | undefined;
  changed: boolean;
}

/** Checks a typed value (a profile or template must exist in this journal) and writes it. */
export async function setSetting(ctx: ConfigPorts, key: string, text: string): Promise<SettingChange> {
  const setting = settingFor(key);
  const normalised = normaliseSetting(setting, text);
  if (!normalised.ok) throw new UsageError(messages.settingInvalid(setting.key, text, normalised.expected));
  if (setting.kind === 'profile') await ctx.profiles.get(String(normalised.value));
  if (setting.kind === 'template') await ctx.templates.get(String(normalised.value));
  const previous = setting.read(ctx.config);
  const config = await write(ctx, setting, normalised.value);
  return { key: setting.key, value: setting.read(config), previous, changed: previous !== setting.read(config) || !isSetInFile(ctx.config, setting) };
}

/** Removes an optional setting, so its default (or nothing) is in effect again. */
export async function unsetSetting(ctx: ConfigPorts, key: string): Promise<SettingChange> {
  const setting = settingFor(key);
  if (!setting.optional) throw new UsageError(messages.settingNeeded(setting.key));
  const previous = setting.read(ctx.config);
  const config = await write(ctx, setting, undefined);
  return { key: setting.key, value: setting.read(config), previous, changed: previous !== undefined };
}
