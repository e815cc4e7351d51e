/**
 * The use-cases of mindlines (capture a note, run a reflection, edit, export, sync, review, check …), one module
 * each, written against ports: they never build an adapter, touch the filesystem or print. Commands parse options,
 * call one use-case and hand its result to ui/; the library (src/index.ts) calls the same use-cases.
 *
 * This module names the ports a use-case can be handed; each use-case declares the few it uses with Pick<…>, so a
 * test gives it fakes for those alone.
 */
import type { JournalConfig } from '../config/journal-config.js';
import type { CaptureReview, EntryWriter } from '../core/entries/entry-writer.js';
import type { Journal } from '../core/entries/journal.js';
import type { PdfPrinter, ProfileSource } from '../core/cpd/ports.js';
import type { Clock, EntryStore, FileModes, RescueArea, ScanCache } from '../core/ports.js';
import type { ImportSource } from '../core/import/ports.js';
import type { AttachmentFiles, PdfText } from '../core/evidence/ports.js';
import type { EntryLocking } from '../core/lock/ports.js';
import type { PrivacyScannerSource } from '../core/privacy/scanner.js';
import type { DraftStore } from '../core/reflection/draft.js';
import type { Editor, KeptEdits, TemplateSource } from '../core/reflection/ports.js';
import type { ChangeLog } from '../core/history/change-log.js';
import type { JournalHistory } from '../core/history/ports.js';
import type { Git, LocalFiles, SettingsFile } from '../core/workspace-ports.js';

/** What surrounds a journal, there whether or not one is open (`check` can run on files outside any journal). */
export interface WorkspacePorts {
  /** The folder the command runs in: relative paths given by the person are resolved against it. */
  cwd: string;
  files: LocalFiles;
  git: Git;
  /** The identifier scanner, with the journal's deny-list and allow-list when there is a journal. */
  privacy: PrivacyScannerSource;
}

/** An open journal: its settings, its entries (read through `journal`, written only through `writer`), and the rest. */
export interface JournalPorts extends WorkspacePorts {
  root: string;
  config: JournalConfig;
  clock: Clock;
  /** Reads: list, search, find; answered from the index. */
  journal: Journal;
  /** The one write path for entries; every write passes its privacy guard. */
  writer: EntryWriter;
  /** The entry files as they are on disk, read-only, for `check` (which reads every file, not the index). */
  entryFiles: Pick<EntryStore, 'list' | 'read'>;
  /** The identifier scanner's results kept per file text (`.mindlines/scans.json`), loaded on first use. */
  scanCache: () => Promise<ScanCache>;
  templates: TemplateSource;
  profiles: ProfileSource;
  /** Prints HTML to PDF (a headless Chrome, Chromium or Edge); the browser is looked for only when a PDF is asked for. */
  printer: PdfPrinter;
  drafts: DraftStore;
  editor: Editor;
  keptEdits: KeptEdits;
  /** Text rescued after a crash or a killed write (`.mindlines/rescued/`), which `recover` lists and restores. */
  rescued: RescueArea;
  /** Who else on this computer can read the journal's private parts (`check` reports it, `doctor` repairs it). */
  modes: FileModes;
  /** The journal's format (`version:` in mindlines.yaml), which `migrate` records after each step. */
  journalFormat: { record(version: number): Promise<void> };
  // issue 17: the settings file, git history, and the changes this command made (committed when it ends).
  settings: SettingsFile;
  history: JournalHistory;
  changes: ChangeLog;
  // issue 18: bringing notes in, evidence files, private entries encrypted at rest
  /** The file or folder `import` reads. */
  importSource: ImportSource;
  /** Evidence files attached to entries, and the files a person attaches. */
  attachmentFiles: AttachmentFiles;
  /** A PDF's text, for the privacy check of attachments. */
  pdfText: PdfText;
  /** lock and unlock: the settings, the key, and the locked files on disk. */
  locking: EntryLocking;
  /**
   * The warning at capture (issue 13): asked what to do when a new or changed entry holds identifiers. The command
   * line sets it per command (terminal or not, --strict); without it findings are only reported (the library).
   */
  capture?: CaptureReview | undefined;
}
