const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** Private entries encrypted at rest: lock, unlock, the passphrase (issue 18). */
export const lockMessages = {
  lockedDamaged: 'fails its authentication (it was damaged or changed outside mindlines), so it cannot be decrypted; it was left exactly as it is: restore it from git or a backup',
  wrongPassphrase: (keyFile: string) => `The passphrase does not open the journal's key (${keyFile}).`,
  wrongPassphraseHint: 'Check it and try again; nothing was read or changed.',
  passphraseFrom: (origin: string) => `Using the passphrase from ${origin}.`,
  passphraseTooShort: 'the passphrase should be at least 8 characters long; four or five random words are best',
  passphraseFileUnreadable: (file: string) => `could not read the passphrase file ${file} (named by MINDLINES_PASSPHRASE_FILE)`,
  passphraseNeeded: "this needs the journal's passphrase to read its locked entries, and there is no terminal to ask in",
  passphraseNeededHint: 'run it in a terminal, or give the passphrase in MINDLINES_PASSPHRASE, or in a file named by MINDLINES_PASSPHRASE_FILE',
  passphrasePrompt: "Passphrase for the journal's key",
  passphraseNewPrompt: 'A passphrase for the new key (four or five random words are best)',
  passphraseRepeatPrompt: 'The same passphrase again',
  passphraseMismatch: 'the two passphrases differ; nothing was changed',
  keyFileMissing: (file: string) => `the journal's key ${file} is not there`,
  keyFileMissingHint:
    'copy your key file there, or name yours as encryption.identity in the settings; without it (or your recovery key) locked entries cannot be read',
  keyFileEmpty: (file: string) => `${file} holds no age identity (a line starting AGE-SECRET-KEY-1)`,
  lockedWithheld: (count: number) =>
    `${entries(count)} locked and left out: their details are encrypted. Give the passphrase (run in a terminal, or set MINDLINES_PASSPHRASE or MINDLINES_PASSPHRASE_FILE) to include them.`,
  lockedNeedsKey: (path: string) => `${path} is locked; mindlines needs the journal's passphrase to read it`,
  keyCreated: (file: string) => `Made the journal's key, encrypted with your passphrase: ${file}`,
  recoveryKey: (secret: string) =>
    `Your recovery key (shown this once; write it down and keep it offline: with it, \`age -d -i\` opens any locked entry even if the passphrase is lost):\n  ${secret}`,
  keyAdopted: (file: string) => `Locking to the age identity in ${file}.`,
  lockDone: (locked: number, already: number, folder: string) =>
    `Locked ${entries(locked)}${already > 0 ? ` (${already} already locked)` : ''}: private entries are now stored encrypted in ${folder}/ as <id>.md.age, and new ones will be too.`,
  lockNothing: 'There are no private entries to lock yet; new private entries will be stored encrypted.',
  lockClearFrontMatter: (clear: boolean) =>
    clear
      ? 'Locked entries keep their front matter (title, date, hours, tags) in the clear, so lists and totals work without the passphrase.'
      : 'Nothing but the id of a locked entry is in the clear; lists, searches and exports ask for the passphrase.',
  lockResealed: (count: number) => `Rewrote ${entries(count)} already locked to match.`,
  lockProblem: (path: string, message: string) => `${path}: ${message}; not locked`,
  unlockDone: (count: number) => `Unlocked ${entries(count)}: they are plain Markdown again, and new private entries will be written in the clear. The key is kept for the next \`mindlines lock\`.`,
  unlockFailed: (count: number) => `${count} locked ${count === 1 ? 'file' : 'files'} could not be decrypted (above) and ${count === 1 ? 'was' : 'were'} left as ${count === 1 ? 'it was' : 'they were'}`,
  unlockNotLocked: 'This journal has no locked entries and does not lock new ones; nothing to do.',
  lockWithIdentityAndKey: 'this journal already has a key; --identity only applies to the first `mindlines lock`',
} as const;
