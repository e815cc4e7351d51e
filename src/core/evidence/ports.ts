/**
 * The files attached to entries, and the files a person names to attach (absolute paths). Copies are written once,
 * never overwritten: a changed file is a new attachment.
 */
export interface AttachmentFiles {
  /** A file to attach: a regular file (never a link), read whole. */
  readSource(path: string): Promise<Uint8Array>;
  /** Stores a copy at a journal-relative path that must not exist yet (temp file, fsync, exclusive link). */
  store(relative: string, bytes: Uint8Array): Promise<void>;
  /** A stored copy, or undefined when it is not there. */
  read(relative: string): Promise<Uint8Array | undefined>;
  /** Removes a stored copy (when the entry could not be updated after copying). */
  remove(relative: string): Promise<void>;
}

/** The words of a PDF, for the privacy check, or why there are none to check. */
export interface PdfText {
  extract(bytes: Uint8Array): Promise<{ ok: true; text: string } | { ok: false; reason: 'not-installed' | 'unreadable' }>;
}
