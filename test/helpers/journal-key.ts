import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { newIdentity, protectIdentity } from '../../src/adapters/age-cipher.js';
import { tempDir } from './isolated-env.js';

/**
 * An age key file protected with `passphrase`, as `mindlines lock` makes one but with a small scrypt work factor
 * (2^10 instead of 2^18), so tests that open it many times take milliseconds, not seconds. Decrypting honours the
 * work factor written in the file; one test makes a key at the real factor through `lock` itself.
 */
export async function quickKeyFile(passphrase: string): Promise<{ file: string; recipient: string; secret: string }> {
  const { identityFile, recipient, secret } = await newIdentity(new Date('2026-11-01T09:00:00Z'));
  const file = path.join(tempDir('mindlines-key-'), 'journal-key.age');
  writeFileSync(file, await protectIdentity(identityFile, passphrase, 10), { mode: 0o600 });
  return { file, recipient, secret };
}
