import { LockedFileError, WrongPassphraseError } from '../errors.js';
import { frontMatterBlock, joinLockedFile, splitLockedFile } from '../core/lock/locked-file.js';
import { messages } from '../ui/messages.js';

/**
 * age (the `age-encryption` package, typage 0.3, on the audited noble libraries) for mindlines: entries encrypted to
 * one X25519 recipient (a few milliseconds each, so writing needs no passphrase), and that recipient's identity
 * encrypted with the passphrase (scrypt, once per command). Loaded only when a locked entry is read or written.
 */
const age = () => import('age-encryption');

/** scrypt work factor (log2 N) for the key file: age's own default. */
export const KEY_WORK_FACTOR = 18;

/**
 * Encrypts an entry's text to `recipient`, then decrypts the result again before handing it back, so a file that
 * would not decrypt is never written (RELIABILITY.md section 4: encrypt, verify, replace). The check needs no
 * passphrase: the random file key is caught as it is wrapped and used to open the file once. With
 * `clearFrontMatter` the entry's front-matter block is kept in front of the ciphertext.
 */
export async function sealEntry(text: string, recipient: string, clearFrontMatter: boolean): Promise<string> {
  const { Encrypter, Decrypter, armor } = await age();
  let fileKey: Uint8Array | undefined;
  const encrypter = new Encrypter();
  encrypter.addRecipient({
    wrapFileKey: (key: Uint8Array) => {
      fileKey = key.slice();
      return [];
    },
  });
  encrypter.addRecipient(recipient);
  const armored = armor.encode(await encrypter.encrypt(text));
  const check = new Decrypter();
  check.addIdentity({ unwrapFileKey: () => fileKey ?? null });
  const back = await check.decrypt(armor.decode(armored), 'text');
  if (back !== text) throw new Error('the encrypted entry did not decrypt to the same text; nothing was written');
  return joinLockedFile(clearFrontMatter ? frontMatterBlock(text) : undefined, armored);
}

/** Decrypts a locked entry file with an identity; a file that fails authentication is a LockedFileError. */
export async function openEntry(fileText: string, identity: string, path: string): Promise<string> {
  const parts = splitLockedFile(fileText);
  if (!parts) throw new LockedFileError(path, messages.lockedDamaged);
  const { Decrypter, armor } = await age();
  try {
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    return await decrypter.decrypt(armor.decode(parts.armored), 'text');
  } catch (error) {
    throw new LockedFileError(path, messages.lockedDamaged, { cause: error });
  }
}

/** A new X25519 identity, as an age identity file's text, and its recipient. */
export async function newIdentity(now: Date): Promise<{ identityFile: string; secret: string; recipient: string }> {
  const { generateX25519Identity, identityToRecipient } = await age();
  const secret = await generateX25519Identity();
  const recipient = await identityToRecipient(secret);
  return { identityFile: `# created: ${now.toISOString()}\n# public key: ${recipient}\n${secret}\n`, secret, recipient };
}

/** An identity file encrypted with a passphrase (scrypt), armored: `age -d` opens it with the same passphrase. */
export async function protectIdentity(identityFile: string, passphrase: string, workFactor = KEY_WORK_FACTOR): Promise<string> {
  const { Encrypter, armor } = await age();
  const encrypter = new Encrypter();
  encrypter.setScryptWorkFactor(workFactor);
  encrypter.setPassphrase(passphrase.normalize('NFC'));
  return armor.encode(await encrypter.encrypt(identityFile));
}

/** Whether a key file is passphrase-protected (an age file, armored or binary) rather than a plain identity file. */
export function isProtected(keyFile: Uint8Array): boolean {
  const head = Buffer.from(keyFile.subarray(0, 40)).toString('latin1');
  return head.startsWith('-----BEGIN AGE ENCRYPTED FILE-----') || head.startsWith('age-encryption.org/');
}

/** The identities (`AGE-SECRET-KEY-1…`) in an identity file's text. */
export function identitiesIn(identityFile: string): string[] {
  return identityFile
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^AGE-SECRET-KEY-/.test(line));
}

/** Opens a passphrase-protected key file; a passphrase that does not open it is a WrongPassphraseError. */
export async function unprotectIdentity(keyFile: Uint8Array, passphrase: string, path: string): Promise<string> {
  const { Decrypter, armor } = await age();
  const text = Buffer.from(keyFile).toString('latin1');
  const bytes = text.startsWith('-----BEGIN') ? armor.decode(text) : keyFile;
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase.normalize('NFC'));
  try {
    return await decrypter.decrypt(bytes, 'text');
  } catch (error) {
    throw new WrongPassphraseError(messages.wrongPassphrase(path), { cause: error, hint: messages.wrongPassphraseHint });
  }
}

/** The recipient of an identity. */
export async function recipientOf(identity: string): Promise<string> {
  return (await age()).identityToRecipient(identity);
}
