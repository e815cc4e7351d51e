import { promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, type JournalConfig } from '../config/journal-config.js';
import { replaceFile } from './atomic-file.js';

const CACHE_FORMAT = 'mindlines-config-cache';

/** Identifies the code that parsed the config: a rebuilt or upgraded mindlines never trusts an older cache. */
function parserStamp(): string {
  const file = fileURLToPath(new URL('../config/journal-config.js', import.meta.url));
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'unknown';
}

/**
 * Reads `mindlines.yaml`, reusing the parsed config from `.mindlines/config-cache.json` when the file's text is
 * exactly what was parsed last time (and by the same build of mindlines). Parsing YAML means loading the yaml
 * library (~50-100 ms), the largest cost of a warm `list` or `search` otherwise. A config that does not parse is
 * never cached, so its error is reported every time.
 */
export async function loadConfigCached(root: string): Promise<JournalConfig> {
  const file = path.join(root, CONFIG_FILE);
  const text = readFileSync(file, 'utf8');
  const cacheFile = path.join(root, '.mindlines', 'config-cache.json');
  const stamp = parserStamp();
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { format?: unknown; stamp?: unknown; text?: unknown; config?: JournalConfig };
    if (cached.format === CACHE_FORMAT && cached.stamp === stamp && cached.text === text && cached.config) return cached.config;
  } catch {
    // No cache, or an unreadable one: parse.
  }
  const { parseConfig } = await import('../config/journal-config.js');
  const config = parseConfig(text, file);
  // Only a config that survives JSON unchanged is cached (YAML can hold values JSON cannot, such as .inf).
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(config)), config)) {
    const json = JSON.stringify({ format: CACHE_FORMAT, stamp, text, config });
    // A cache that cannot be written (a read-only journal) only costs the parse next time.
    await fs
      .mkdir(path.dirname(cacheFile), { recursive: true })
      .then(() => replaceFile(cacheFile, json))
      .catch(() => undefined);
  }
  return config;
}
