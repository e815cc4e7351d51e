import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The mindlines release running (package.json's version): `--version` prints it, and it stamps the index (an index
 * written by another release is rebuilt instead of trusted). Read once, synchronously: it is a few hundred bytes.
 */
export function packageVersion(): string {
  if (cached !== undefined) return cached;
  try {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    cached = typeof version === 'string' ? version : '';
  } catch {
    cached = '';
  }
  return cached;
}
