import os from 'node:os';
import path from 'node:path';
import { editText, sweepEditingFolder } from './adapters/editor-launcher.js';
import { loadConfigCached } from './adapters/fs-config-cache.js';
import { FsEntryStore } from './adapters/fs-entry-store.js';
import { journalPaths } from './adapters/fs-journal-paths.js';
import { LOCAL_FOLDER } from './adapters/private-folder.js';
import { FsFileModes } from './adapters/fs-file-modes.js';
import { fsImportSource } from './adapters/fs-import-source.js';
import { FsAttachmentFiles } from './adapters/fs-attachment-files.js';
import { pdftotextCli } from './adapters/pdftotext-cli.js';
import { AgeEntryLocking } from './adapters/age-entry-locking.js';
import { AgeKeyring, keyFileFor, PassphraseSource } from './adapters/age-keyring.js';
import { AgeLockedEntries, LockingEntryStore } from './adapters/age-locked-entries.js';
import { readLockSettings } from './adapters/fs-lock-settings.js';
import { FsKeptEdits } from './adapters/fs-kept-edits.js';
import { FsRescueArea } from './adapters/fs-rescue-area.js';
import type { InitOptions, InitResult } from './adapters/fs-journal-layout.js';
import { fsLocalFiles } from './adapters/fs-local-files.js';
import { FsProfileSource } from './adapters/fs-profile-source.js';
import { changedFilesFrom, startChangedFiles } from './adapters/index/changed-files.js';
import type { ChangedSince } from './adapters/index/entry-listing.js';
import { openEntryIndex } from './adapters/index/open-entry-index.js';
import { FsTemplateSource } from './adapters/fs-template-source.js';
import { gitWorkspace } from './adapters/git-workspace.js';
import { systemClock, ulidSource } from './adapters/system-clock.js';
import type { CheckPorts } from './app/check.js';
import type { JournalPorts, WorkspacePorts } from './app/context.js';
import { discoverJournal, type DiscoveredJournal } from './config/discovery.js';
import type { JournalConfig } from './config/journal-config.js';
import { EntryWriter } from './core/entries/entry-writer.js';
import { Journal } from './core/entries/journal.js';
import type { Clock, Notify } from './core/ports.js';
import { privacyWriteGuard } from './core/privacy/write-guard.js';
import type { DraftStore } from './core/reflection/draft.js';
import type { Prompter } from './core/reflection/prompter.js';
import type { MarkdownRenderer } from './core/workspace-ports.js';
import { JournalNotFoundError, UsageError } from './errors.js';
import { messages } from './ui/messages.js';
import { Ui } from './ui/output.js';
import { once, packageVersion, privacyScanner, scanCache } from './container-support.js';

export { once };

/**
 * The one composition root: finds the journal, reads its config, and wires the adapters into ports (interfaces
 * declared in core). The command line, `check` and the library all open a journal through `openJournalPorts`;
 * they differ only in how a missing journal is treated (the `discovery` mode).
 */

/** Options every command accepts (commander's global options). */
export interface GlobalOptions {
  journal?: string;
  /** Every `--journal` given, in order: several only for a cohort (`export cpd`). */
  journalsGiven?: string[];
  json?: boolean;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** The process around a command, injected so tests can run commands in-process with fake streams. */
export interface Runtime {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** What the command line around any command has: the process, the global options and the output. */
export interface CliContext {
  runtime: Runtime;
  globals: GlobalOptions;
  ui: Ui;
}

/** What a command that works on a journal is handed: the journal's ports, plus the terminal's. */
export interface Context extends JournalPorts, CliContext {
  discovered: DiscoveredJournal;
  /** The @inquirer prompter, drawn on stderr (stdout stays data); loaded only when a prompt is needed. */
  prompter(): Promise<Prompter>;
  /** Markdown for the terminal (`show`, the interview's preview); loaded only when something is rendered. */
  markdown: MarkdownRenderer;
}

export function createUi(runtime: Runtime, globals: GlobalOptions): Ui {
  return new Ui({ stdout: runtime.stdout, stderr: runtime.stderr }, { color: globals.color, quiet: globals.quiet, env: runtime.env });
}

export function homeDir(env: NodeJS.ProcessEnv): string {
  return env.HOME || os.homedir();
}

/**
 * A Journal over the files, with its index: the one wiring the command line and the library API share. The store
 * carries the search for files edited in place (`changedSince`), already started when the journal was found.
 */
export function wireJournal(root: string, config: JournalConfig, clock: Clock, locked?: AgeLockedEntries, store = new FsEntryStore(root), notify?: Notify): Journal {
  return new Journal({
    root,
    mode: config.mode,
    store,
    clock,
    ids: ulidSource(),
    index: openEntryIndex(root, { mindlines: packageVersion(), notify }),
    locked,
  });
}

/**
 * Private entries encrypted at rest (issue 18), when the journal has lock settings: the locked entries (read with
 * the journal's key, opened at most once per command), and the store the writer writes through, which encrypts
 * what goes to a locked file. The passphrase comes from the environment; the command line adds a terminal prompt.
 */
function lockWiring(root: string, config: JournalConfig, env: NodeJS.ProcessEnv, store: FsEntryStore) {
  const passphrase = new PassphraseSource(env);
  const settings = readLockSettings(root, config);
  const locked = settings ? new AgeLockedEntries(root, new AgeKeyring(keyFileFor(settings, env), passphrase), (text) => passphrase.warn(text)) : undefined;
  return {
    passphrase,
    locked,
    locking: new AgeEntryLocking(root, config, env, passphrase, locked),
    writerStore: settings && locked ? new LockingEntryStore(store, locked, settings) : store,
    locks: settings?.locked ? (visibility: string | undefined) => visibility === 'private' : undefined,
  };
}

/** The ports that do not need a journal: files named on the command line, git, and the scanner. */
function workspacePorts(cwd: string, config: JournalConfig | undefined): WorkspacePorts {
  return { cwd, files: fsLocalFiles, git: gitWorkspace(), privacy: privacyScanner(config) };
}

/** Drafts in the journal's private folder; the adapter (and the YAML library) load on first use. */
function draftStore(root: string, clock: Clock): DraftStore {
  const store = once(async () => new (await import('./adapters/fs-draft-store.js')).FsDraftStore(root, clock));
  return {
    list: async () => (await store()).list(),
    get: async (ref) => (await store()).get(ref),
    save: async (draft) => (await store()).save(draft),
    discard: async (id) => (await store()).discard(id),
  };
}

/** How an open journal reports what it is doing, and what it does with debris of killed writes (fs-entry-store.ts). */
interface Upkeep {
  notify?: Notify | undefined;
  debris: 'rescue' | 'report';
  changedSince?: ChangedSince | undefined;
}

/** Every port of an open journal, wired from its root, config and clock. */
function journalPorts(
  root: string,
  config: JournalConfig,
  clock: Clock,
  workspace: WorkspacePorts,
  env: NodeJS.ProcessEnv,
  store: FsEntryStore,
  lock: ReturnType<typeof lockWiring>,
  notify: Notify | undefined,
): JournalPorts {
  const profileFiles = new FsProfileSource(root);
  const journal = wireJournal(root, config, clock, lock.locked, store, notify);
  return {
    ...workspace,
    root,
    config,
    clock,
    journal,
    // Every entry write goes through here, and so through the privacy guard (issue 11: no command can skip it), the
    // entry's lock (issue 14: no change is lost to another process) and, in a locked journal, encryption (issue 18).
    writer: new EntryWriter({
      mode: config.mode,
      store: lock.writerStore,
      clock,
      guard: privacyWriteGuard(workspace.privacy),
      locate: async (id) => (await journal.find(id).catch(() => undefined))?.path,
      locks: lock.locks,
    }),
    entryFiles: { list: () => store.list(), read: (path) => store.read(path) },
    scanCache: scanCache(root, config),
    templates: new FsTemplateSource(root),
    profiles: {
      all: () => profileFiles.all(),
      get: (id) => profileFiles.get(id),
      activityTypes: async (id) => profileFiles.activityTypes(id),
    },
    drafts: draftStore(root, clock),
    // The browser adapter (child_process, the DevTools pipe) loads only when a PDF is asked for.
    printer: { print: async (html) => (await import('./adapters/chromium/chromium-pdf-printer.js')).printPdf(html, { env }) },
    editor: { edit: (text, options) => editText(text, { root, env, name: options.name }) },
    keptEdits: new FsKeptEdits(root),
    rescued: new FsRescueArea(root),
    modes: new FsFileModes(root),
    journalFormat: { record: async (version) => (await import('./adapters/fs-journal-layout.js')).recordJournalFormat(root, version) },
    // issue 18
    importSource: fsImportSource,
    attachmentFiles: new FsAttachmentFiles(root),
    pdfText: pdftotextCli,
    locking: lock.locking,
  };
}

/**
 * What to do when there is no journal where one was looked for:
 * - `create-default` (the command line): create the default journal (~/mindlines) on first use; a folder named by
 *   --journal or MINDLINES_DIR that holds no journal is a JournalNotFoundError.
 * - `existing` (the library): never create; a missing journal is a JournalNotFoundError.
 * - `optional` (`check`, which also checks files outside any journal): no journal is fine, unless --journal or
 *   MINDLINES_DIR named one that is not there (a UsageError).
 */
export type Discovery = 'create-default' | 'existing' | 'optional';

export interface OpenOptions {
  /** `--journal DIR` (or the library's folder), absolute or relative to `cwd`. */
  flag?: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
  discovery: Discovery;
  /**
   * The command line's upkeep: reuse the parsed config from `.mindlines/` and rescue editor text a crashed
   * mindlines left behind. The library and `check` write nothing.
   */
  housekeeping?: boolean;
  /** "Now" for periods and due dates (the library's option): a Date or an ISO date. Default: MINDLINES_NOW, else the clock. */
  now?: Date | string | undefined;
  /** Told when the default journal was created on first use. */
  onCreated?: (root: string) => void;
  /** Told of waits for another mindlines, locks taken over, an index kept in memory, rescued debris (issue 14). */
  notify?: Notify | undefined;
  /**
   * Whether the command will read the index: the search for entries edited in place is then started at once,
   * to run beside the rest of the start-up; otherwise only if the index is read after all.
   */
  readsIndex?: boolean;
}

export interface Opened {
  discovered: DiscoveredJournal;
  workspace: WorkspacePorts;
  /** Undefined only in `optional` discovery, when there is no journal. */
  ports: JournalPorts | undefined;
  /** Where the journal's passphrase comes from; the command line attaches a terminal prompt and its notices. */
  passphrase?: PassphraseSource;
}

export function clockFor(now: Date | string | undefined, env: NodeJS.ProcessEnv): Clock {
  if (now === undefined) return systemClock(env);
  const instant = typeof now === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(now) ? `${now}T12:00:00` : now) : now;
  if (Number.isNaN(instant.getTime())) throw new TypeError(`now: "${String(now)}" is not a date`);
  return { now: () => new Date(instant) };
}

/** Finds the journal (`--journal`, else MINDLINES_DIR, else upward, else ~/mindlines), reads its config, wires its ports. */
export async function openJournalPorts(options: OpenOptions): Promise<Opened> {
  const { env, cwd } = options;
  const discovered = discoverJournal({ flag: options.flag, env, cwd, home: homeDir(env) });
  if (!discovered.exists && discovered.blocked) {
    // A file where the journal should be, or a folder we may not read: say that, not "no journal here" (issue 14).
    const { blocked, root } = discovered;
    const message = blocked.code === 'ENOTDIR' ? messages.journalIsFile(blocked.path ?? root) : messages.journalUnreadable(root, blocked);
    throw new JournalNotFoundError(root, message);
  }
  if (!discovered.exists) {
    const named = discovered.source === 'flag' || discovered.source === 'env';
    if (options.discovery === 'optional') {
      if (named) throw new UsageError(messages.journalMissing(discovered.root));
      return { discovered, workspace: workspacePorts(cwd, undefined), ports: undefined };
    }
    if (options.discovery === 'existing' || discovered.source !== 'default') {
      throw new JournalNotFoundError(discovered.root, messages.journalMissing(discovered.root), { hint: messages.journalMissingHint(discovered.root) });
    }
    const { initJournal } = await import('./adapters/fs-journal-layout.js');
    await initJournal({ root: discovered.root });
    options.onCreated?.(discovered.root);
  }
  // The machine-local folder (config cache, index, drafts, locks) must be the journal's own, not a link elsewhere.
  journalPaths(discovered.root).assertRealFolders(path.join(discovered.root, LOCAL_FOLDER, 'index.json'));
  // The search for entries edited in place starts now and runs beside the rest of the start-up (changed-files.ts).
  const changedSince = options.readsIndex ? startChangedFiles(discovered.root) : changedFilesFrom(discovered.root);
  const config = options.housekeeping
    ? await loadConfigCached(discovered.root)
    : await (await import('./adapters/fs-journal-layout.js')).loadConfig(discovered.root);
  // Editor text left by a mindlines that crashed is moved to .mindlines/rescued/ at start-up (issue 3); a journal
  // that cannot be written (read-only, full) keeps it there for later, and the command still runs.
  if (options.housekeeping) await sweepEditingFolder(discovered.root).catch(() => 0);
  const workspace = workspacePorts(cwd, config);
  const upkeep: Upkeep = { notify: options.notify, debris: options.housekeeping ? 'rescue' : 'report', changedSince };
  // One entry store for the journal, the writer and the locked entries (issue 18), so one lock folder and one
  // debris sweep serve them all (issue 14).
  const store = new FsEntryStore(discovered.root, upkeep);
  const lock = lockWiring(discovered.root, config, env, store);
  const ports = journalPorts(discovered.root, config, clockFor(options.now, env), workspace, env, store, lock, options.notify);
  return { discovered, workspace, ports, passphrase: lock.passphrase };
}

/**
 * The command line's context: the journal (created on first use), its ports, and the terminal's. `readsIndex`:
 * whether the command will read the index (OpenOptions).
 */
export async function openContext(runtime: Runtime, globals: GlobalOptions, ui = createUi(runtime, globals), readsIndex = true): Promise<Context> {
  if ((globals.journalsGiven?.length ?? 0) > 1) throw new UsageError(messages.severalJournals(globals.journalsGiven?.length ?? 0));
  const opened = await openJournalPorts({
    flag: globals.journal,
    env: runtime.env,
    cwd: runtime.cwd,
    discovery: 'create-default',
    housekeeping: true,
    readsIndex,
    onCreated: (root) => ui.info(messages.defaultJournalCreated(root)),
    notify: (notice) => ui.info(ui.safe(messages.notice(notice))),
  });
  const ports = opened.ports as JournalPorts;
  // issue 18: the passphrase of a locked journal is asked once per command, in a terminal, and where it came from said.
  if (opened.passphrase) {
    const passphrase = opened.passphrase;
    passphrase.notice = (text) => ui.info(text);
    passphrase.warn = (text) => ui.warn(text);
    if (runtime.stdin.isTTY && runtime.stderr.isTTY) {
      passphrase.prompt = async (purpose) => (await import('./adapters/inquirer-passphrase.js')).askPassphrase(purpose, { input: runtime.stdin, output: runtime.stderr });
    }
  }
  return {
    ...ports,
    runtime,
    globals,
    ui,
    discovered: opened.discovered,
    prompter: once(async () => {
      const { InquirerPrompter } = await import('./adapters/inquirer-prompter.js');
      const output = runtime.stderr.isTTY ? runtime.stderr : runtime.stdout;
      return new InquirerPrompter({ input: runtime.stdin, output, root: ports.root, env: runtime.env, dim: (t) => ui.color.dim(t) });
    }),
    markdown: { render: async (markdown, width) => (await import('./adapters/marked-terminal-renderer.js')).renderMarkdownForTerminal(markdown, width) },
  };
}

/** `init`'s context: no journal yet, only the means to make one. */
export interface SetupContext extends CliContext {
  /** Makes a folder a journal (config, entries/, .gitignore, git), keeping what is already there. */
  createJournal(options: InitOptions): Promise<InitResult>;
}

export function openSetupContext(runtime: Runtime, globals: GlobalOptions): SetupContext {
  return {
    runtime,
    globals,
    ui: createUi(runtime, globals),
    createJournal: async (options) => (await import('./adapters/fs-journal-layout.js')).initJournal(options),
  };
}

/**
 * `check`'s ports: the journal when there is one (never created: `optional` discovery), else only files, git and a
 * scanner without a journal's lists.
 */
export async function openCheckPorts(runtime: Runtime, globals: GlobalOptions): Promise<CheckPorts> {
  if ((globals.journalsGiven?.length ?? 0) > 1) throw new UsageError(messages.severalJournals(globals.journalsGiven?.length ?? 0));
  const opened = await openJournalPorts({ flag: globals.journal, env: runtime.env, cwd: runtime.cwd, discovery: 'optional', readsIndex: true });
  return { ...opened.workspace, journal: opened.ports, lookedIn: opened.discovered.root };
}
