import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KeyUnavailableError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { createFileExclusive } from './atomic-file.js';
import { identitiesIn, isProtected, KEY_WORK_FACTOR, newIdentity, protectIdentity, recipientOf, unprotectIdentity } from './age-cipher.js';

/** Where a passphrase comes from, said to the person so they know which one was used. */
export type PassphraseOrigin = 'MINDLINES_PASSPHRASE' | 'MINDLINES_PASSPHRASE_FILE' | 'the terminal';

/**
 * The passphrase, from `MINDLINES_PASSPHRASE` or the file `MINDLINES_PASSPHRASE_FILE` names (for scripts), else
 * asked in the terminal. The terminal prompt is attached by the command line's context (openContext); the library
 * and `check` have none.
 */
export class PassphraseSource {
  /** Asks in the terminal; `twice` for a new passphrase. */
  prompt: ((purpose: 'open' | 'new') => Promise<string>) | undefined;
  /** Says which source was used (once). */
  notice: (text: string) => void = () => undefined;
  /** Says what could not be read for want of it. */
  warn: (text: string) => void = () => undefined;
  private said = false;

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  available(): boolean {
    return Boolean(this.env.MINDLINES_PASSPHRASE || this.env.MINDLINES_PASSPHRASE_FILE || this.prompt);
  }

  async get(purpose: 'open' | 'new'): Promise<{ passphrase: string; origin: PassphraseOrigin }> {
    const from = await this.read(purpose);
    if (!this.said && from.origin !== 'the terminal') this.notice(messages.passphraseFrom(from.origin));
    this.said = true;
    if (purpose === 'new' && from.passphrase.length < 8) throw new KeyUnavailableError(messages.passphraseTooShort);
    return from;
  }

  private async read(purpose: 'open' | 'new'): Promise<{ passphrase: string; origin: PassphraseOrigin }> {
    if (this.env.MINDLINES_PASSPHRASE) return { passphrase: this.env.MINDLINES_PASSPHRASE, origin: 'MINDLINES_PASSPHRASE' };
    const file = this.env.MINDLINES_PASSPHRASE_FILE;
    if (file) {
      const text = await fs.readFile(file, 'utf8').catch((error: unknown) => {
        throw new KeyUnavailableError(messages.passphraseFileUnreadable(file), { cause: error });
      });
      return { passphrase: text.replace(/\r?\n$/, ''), origin: 'MINDLINES_PASSPHRASE_FILE' };
    }
    if (this.prompt) return { passphrase: await this.prompt(purpose), origin: 'the terminal' };
    throw new KeyUnavailableError(messages.passphraseNeeded, { hint: messages.passphraseNeededHint });
  }
}

/** The folder mindlines keeps keys in: `$XDG_CONFIG_HOME/mindlines/keys` (else `~/.config/…`), outside any journal. */
export function keysFolder(env: NodeJS.ProcessEnv): string {
  const config = env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), '.config');
  return path.join(config, 'mindlines', 'keys');
}

/** The key file of a journal: the one its settings name (`~` allowed), else the one `lock` made for its recipient. */
export function keyFileFor(settings: { recipient: string; identity?: string | undefined }, env: NodeJS.ProcessEnv): string {
  if (settings.identity) return settings.identity.replace(/^~(?=$|[/\\])/, env.HOME || os.homedir());
  return path.join(keysFolder(env), `${settings.recipient}.age`);
}

/**
 * A journal's key: opened at most once per command, with the passphrase when the key file is protected (as the
 * ones `lock` makes are), or as it is when it is a plain age identity file the person keeps themselves.
 */
export class AgeKeyring {
  private opened: Promise<string[]> | undefined;
  private plain: boolean | undefined;

  constructor(
    readonly keyFile: string,
    private readonly passphrase: PassphraseSource,
  ) {}

  /** Whether the key can be opened without failing for want of a passphrase. */
  canOpen(): boolean {
    if (this.opened) return true;
    if (this.plain === undefined) {
      try {
        // Synchronous on purpose: asked while deciding what a listing can show, before anything is read.
        this.plain = !isProtected(readFileSync(this.keyFile));
      } catch {
        this.plain = false;
      }
    }
    return this.plain || this.passphrase.available();
  }

  /** The identities of the key (asks for the passphrase the first time it is needed). */
  identities(): Promise<string[]> {
    this.opened ??= this.open().catch((error: unknown) => {
      this.opened = undefined;
      throw error;
    });
    return this.opened;
  }

  private async open(): Promise<string[]> {
    const bytes = await fs.readFile(this.keyFile).catch((error: unknown) => {
      throw new KeyUnavailableError(messages.keyFileMissing(this.keyFile), { cause: error, hint: messages.keyFileMissingHint });
    });
    const text = isProtected(bytes) ? await unprotectIdentity(bytes, (await this.passphrase.get('open')).passphrase, this.keyFile) : Buffer.from(bytes).toString('utf8');
    const identities = identitiesIn(text);
    if (identities.length === 0) throw new KeyUnavailableError(messages.keyFileEmpty(this.keyFile));
    return identities;
  }
}

/**
 * Makes a journal key: a new X25519 identity, written encrypted with the passphrase (asked twice in a terminal, or
 * from the environment) to the keys folder, readable by its owner only. Returns the secret once, so the person
 * can write it down: without it or the passphrase, locked entries cannot be read.
 */
export async function createKey(env: NodeJS.ProcessEnv, passphrase: PassphraseSource, now: Date, workFactor = KEY_WORK_FACTOR) {
  const { identityFile, secret, recipient } = await newIdentity(now);
  const { passphrase: secretWord, origin } = await passphrase.get('new');
  const file = keyFileFor({ recipient }, env);
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await createFileExclusive(file, await protectIdentity(identityFile, secretWord, workFactor), 0o600);
  return { recipient, keyFile: file, secret, origin };
}

/** An age identity file the person already has (plain, or protected with `age -p`): its recipient. */
export async function adoptKey(file: string, passphrase: PassphraseSource): Promise<{ recipient: string; keyFile: string }> {
  const keyring = new AgeKeyring(path.resolve(file), passphrase);
  const [identity] = await keyring.identities();
  return { recipient: await recipientOf(identity as string), keyFile: path.resolve(file) };
}
