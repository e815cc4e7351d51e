/**
 * Typed errors. Code deep in the program throws one of these; `cli.ts` alone decides what the user sees and which
 * exit code the process ends with (0 ok, 1 failure or problems found, 2 usage, 130 cancelled).
 */
export interface ErrorDetails {
  hint?: string;
  cause?: unknown;
}

export class MindlinesError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;

  constructor(message: string, exitCode = 1, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.hint = details.hint;
  }
}

/** The command line or an answers file asked for something that cannot be done as asked. */
export class UsageError extends MindlinesError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 2, details);
  }
}

/** A prompt was needed but there is no terminal to ask in. */
export class InputRequiredError extends MindlinesError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 2, details);
  }
}

export class JournalNotFoundError extends MindlinesError {
  constructor(
    readonly dir: string,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message, 1, details);
  }
}

/** A file (entry, config, template) that cannot be read as what it should be. `line` is 1-based. */
export class FileFormatError extends MindlinesError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
    details: ErrorDetails = {},
  ) {
    super(`${file}:${line}: ${problem}`, 1, details);
  }
}

export class EntryParseError extends FileFormatError {}

/**
 * Entry files an export would count cannot be read (issue 12: a hand-edited `hours: lots` used to drop a whole
 * conference from the total with only a warning). Each problem names the file, the line and what is wrong.
 */
export class InvalidEntriesError extends MindlinesError {
  constructor(
    readonly problems: readonly { path: string; line: number; message: string }[],
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message, 1, details);
  }
}

export class ConfigError extends FileFormatError {}

export class EntryNotFoundError extends MindlinesError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 1, details);
  }
}

/** Saving would overwrite bytes that changed on disk after we read them. */
export class ConflictError extends MindlinesError {
  constructor(
    readonly file: string,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message, 1, details);
  }
}

export class StorageError extends MindlinesError {
  constructor(
    readonly file: string,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message, 1, details);
  }
}

export class GitError extends MindlinesError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 1, details);
  }
}

export class PiiFoundError extends MindlinesError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 1, details);
  }
}

/** The user pressed Ctrl-C or chose to stop. */
export class CancelledError extends MindlinesError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 130, details);
  }
}

/** $VISUAL / $EDITOR could not be started, or exited with an error. */
export class EditorError extends MindlinesError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 1, details);
  }
}

// issue 18: private entries encrypted at rest

/** An encrypted entry is needed, and there is no passphrase to open the journal's key with (no terminal, no env). */
export class KeyUnavailableError extends MindlinesError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 2, details);
  }
}

/** The passphrase given does not open the journal's key. */
export class WrongPassphraseError extends MindlinesError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 1, details);
  }
}

/** An encrypted entry file fails its authentication (damaged or changed): reported, never rewritten. */
export class LockedFileError extends MindlinesError {
  constructor(
    readonly file: string,
    /** What is wrong, without the file's name (for lists of problems that name it already). */
    readonly reason: string,
    details: ErrorDetails = {},
  ) {
    super(`${file}: ${reason}`, 1, details);
  }
}
