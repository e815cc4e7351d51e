import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { armor, Decrypter, Encrypter } from 'age-encryption';
import { newIdentity, openEntry, protectIdentity, sealEntry, unprotectIdentity } from '../../../src/adapters/age-cipher.js';
import { LockedFileError, WrongPassphraseError } from '../../../src/errors.js';
import { splitLockedFile } from '../../../src/core/lock/locked-file.js';

const entry = '---\nid: 01JD0000000000000000000001\ntitle: Sentinel worry\ndate: 2026-11-01\nvisibility: private\n---\n\n## What happened\n\nzebracrossing sentinel text\n';
const { secret, recipient } = await newIdentity(new Date('2026-11-01T00:00:00Z'));
const other = await newIdentity(new Date('2026-11-01T00:00:00Z'));
const path = 'entries/01JD0000000000000000000001.md.age';

describe('a locked entry file (age, X25519)', () => {
  it('round-trips any text exactly, and holds nothing of it in the clear', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (body) => {
        const text = `${entry}${body}\r\n`;
        const sealed = await sealEntry(text, recipient, false);
        expect(sealed.startsWith('-----BEGIN AGE ENCRYPTED FILE-----\n')).toBe(true);
        expect(await openEntry(sealed, secret, path)).toBe(text);
      }),
      { numRuns: 25 },
    );
    expect(await sealEntry(entry, recipient, false)).not.toMatch(/Sentinel|zebracrossing|private/);
  });

  it('keeps the front matter in the clear only when asked, and never the body', async () => {
    const sealed = await sealEntry(entry, recipient, true);
    expect(splitLockedFile(sealed)?.head).toBe(entry.slice(0, entry.indexOf('---\n\n') + 4));
    expect(sealed).not.toContain('zebracrossing');
    expect(await openEntry(sealed, secret, path)).toBe(entry);
  });

  it('fails authentication when any byte of the file is changed or the file is cut short, at every position', async () => {
    // Every byte: decrypted with the file's own file key (caught as it was wrapped), so each of the ~1,100 tries
    // checks the header MAC and the payload's tags without the cost of an X25519 exchange.
    let fileKey: Uint8Array | undefined;
    const encrypter = new Encrypter();
    encrypter.addRecipient({ wrapFileKey: (key: Uint8Array) => ((fileKey = key.slice()), []) });
    encrypter.addRecipient(recipient);
    const binary = await encrypter.encrypt(entry);
    const opens = (bytes: Uint8Array) => {
      const decrypter = new Decrypter();
      decrypter.addIdentity({ unwrapFileKey: () => fileKey ?? null });
      return decrypter.decrypt(bytes, 'text').then(
        () => true,
        () => false,
      );
    };
    expect(await opens(binary)).toBe(true);
    const flips = await Promise.all([...binary.keys()].map((i) => opens(binary.map((b, j) => (j === i ? b ^ 0x01 : b)))));
    expect(flips.filter(Boolean)).toEqual([]);
    const cuts = await Promise.all([...Array(binary.length).keys()].map((n) => opens(binary.slice(0, n))));
    expect(cuts.filter(Boolean)).toEqual([]);
    // And through openEntry with the real key, every 16th position: a LockedFileError each time.
    const sampled = await Promise.all(
      [...binary.keys()].filter((i) => i % 16 === 0).map((i) =>
        openEntry(armor.encode(binary.map((b, j) => (j === i ? b ^ 0x80 : b))), secret, path).then(
          () => false,
          (error: unknown) => error instanceof LockedFileError,
        ),
      ),
    );
    expect(sampled.every(Boolean)).toBe(true);
  });

  it('detects text appended after the ciphertext, a cut armor, and the wrong key', async () => {
    const sealed = await sealEntry(entry, recipient, false);
    await expect(openEntry(`${sealed}appended plain text\n`, secret, path)).rejects.toBeInstanceOf(LockedFileError);
    await expect(openEntry(sealed.slice(0, sealed.length - 40), secret, path)).rejects.toBeInstanceOf(LockedFileError);
    await expect(openEntry(sealed, other.secret, path)).rejects.toBeInstanceOf(LockedFileError);
    await expect(openEntry('just text', secret, path)).rejects.toThrow(/fails its authentication/);
  });
});

describe('the key file, encrypted with the passphrase (scrypt)', () => {
  it('opens with the passphrase and says one clear sentence for a wrong one', async () => {
    const keyFile = Buffer.from(await protectIdentity(`# key\n${secret}\n`, 'correct horse battery staple', 10));
    expect(await unprotectIdentity(keyFile, 'correct horse battery staple', '/k.age')).toContain(secret);
    const wrong = unprotectIdentity(keyFile, 'Correct horse battery staple', '/k.age');
    await expect(wrong).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(wrong).rejects.toThrow("The passphrase does not open the journal's key (/k.age).");
  });

  it('refuses a key file asking for an absurd work factor (2^30) at once, before running scrypt', async () => {
    const encrypter = new Encrypter();
    encrypter.setScryptWorkFactor(10);
    encrypter.setPassphrase('pw');
    const binary = Buffer.from(await encrypter.encrypt('AGE-SECRET-KEY-1X'));
    const crafted = Buffer.from(binary.toString('latin1').replace(/(-> scrypt \S+) 10\n/, '$1 30\n'), 'latin1');
    expect(crafted.toString('latin1')).toContain(' 30\n');
    const started = Date.now();
    await expect(unprotectIdentity(crafted, 'pw', '/k.age')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
