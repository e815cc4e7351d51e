import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { SAFE_YAML_OPTIONS } from '../codecs/safe-yaml.js';
import { yamlModule } from '../codecs/yaml-module.js';
import { CONFIG_FILE, type JournalConfig } from '../config/journal-config.js';
import { lockSettingsData, lockSettingsOf, type LockSettings } from '../core/lock/settings.js';
import { createFileExclusive, readTextIfExists, replaceFile } from './atomic-file.js';

/**
 * Where `lock` keeps its settings. A personal journal: `mindlines.yaml` under `encryption:` (committed, so every
 * copy of the journal encrypts new private entries to the same key). A team journal: `private/encryption.json`,
 * git-ignored with the private entries, since each member's private entries and key are their own.
 */
const TEAM_FILE = path.join('private', 'encryption.json');

export function readLockSettings(root: string, config: Pick<JournalConfig, 'mode' | 'raw'>): LockSettings | undefined {
  if (config.mode === 'personal') return lockSettingsOf(config.raw.encryption);
  try {
    return lockSettingsOf(JSON.parse(readFileSync(path.join(root, TEAM_FILE), 'utf8')));
  } catch {
    return undefined;
  }
}

/** Records the settings: in mindlines.yaml its other keys, comments and layout stay as they were. */
export async function writeLockSettings(root: string, mode: JournalConfig['mode'], settings: LockSettings): Promise<string> {
  const data = lockSettingsData(settings);
  if (mode === 'team') {
    const file = path.join(root, TEAM_FILE);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const text = `${JSON.stringify(data, null, 2)}\n`;
    if ((await readTextIfExists(file)) === undefined) await createFileExclusive(file, text);
    else await replaceFile(file, text);
    return TEAM_FILE;
  }
  const file = path.join(root, CONFIG_FILE);
  const doc = yamlModule().parseDocument(await fs.readFile(file, 'utf8'), SAFE_YAML_OPTIONS);
  doc.set('encryption', doc.createNode(data));
  await replaceFile(file, doc.toString({ lineWidth: 0 }));
  return CONFIG_FILE;
}

/** `.gitattributes`: locked files are ciphertext, so git neither diffs nor merges them line by line. */
export async function markLockedFilesBinary(root: string): Promise<void> {
  const file = path.join(root, '.gitattributes');
  const line = '*.md.age -diff merge=binary';
  const existing = await readTextIfExists(file);
  if (existing === undefined) return createFileExclusive(file, `${line}\n`, 0o644);
  if (existing.split(/\r?\n/).some((l) => l.trim() === line)) return;
  await replaceFile(file, `${existing}${existing.endsWith('\n') || existing === '' ? '' : '\n'}${line}\n`);
}

/**
 * Deletes the file index and its side files (`.mindlines/index.json`, `postings-*`, `heads-*`) under the index
 * lock, so text of entries just locked is gone from disk at once rather than after the index's grace period; the
 * next command rebuilds it from the files, without the locked ones.
 */
export async function purgeIndex(root: string): Promise<void> {
  const dir = path.join(root, '.mindlines');
  const index = path.join(dir, 'index.json');
  await fs.mkdir(dir, { recursive: true });
  const { lockIndex } = await import('./index/index-lock.js');
  const release = await lockIndex(index);
  try {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    const doomed = names.filter((name) => name === 'index.json' || /^(postings-[0-9a-f]+\.txt|heads-[0-9a-f]+\.jsonl)$/.test(name));
    await Promise.all(doomed.map((name) => fs.rm(path.join(dir, name), { force: true })));
  } finally {
    await release().catch(() => undefined);
  }
}
