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
import type { PassphraseSource } from './adapters/age-keyring.js';
import { FsKeptEdits } from './adapters/fs-kept-edits.js';
import { FsRescueArea } from './adapters/fs-rescue-area.js';
import type { InitOptions, InitResult } from './adapters/fs-journal-layout.js';
import { fsLocalFiles } from './adapters/fs-local-files.js';
import { FsProfileSource } from './adapters/fs-profile-source.js';
import { changedFilesFrom, startChangedFiles } from './adapters/index/changed-files.js';
import type { ChangedSince } from './adapters/index/entry-listing.js';
import { fsSettingsFile } from './adapters/fs-settings-file.js';
import { FsTemplateSource } from './adapters/fs-template-source.js';
import { gitHistoryOnDemand } from './adapters/git-history-on-demand.js';
import { gitWorkspace } from './adapters/git-workspace.js';
import { systemClock } from './adapters/system-clock.js';
import type { CheckPorts } from './app/check.js';
import type { CompletionPorts } from './app/completion.js';
import type { SettingChange } from './app/config.js';
import type { FirstRunAnswers } from './app/first-run.js';
import { describeMonthDay } from './config/settings.js';
import type { JournalPorts, WorkspacePorts } from './app/context.js';
import { discoverJournal, type DiscoveredJournal } from './config/discovery.js';
import type { JournalConfig } from './config/journal-config.js';
import { EntryWriter } from './core/entries/entry-writer.js';
import { ChangeLog } from './core/history/change-log.js';
import type { Clock, Notify } from './core/ports.js';
import { privacyWriteGuard } from './core/privacy/write-guard.js';
import type { Prompter } from './core/reflection/prompter.js';
import type { MarkdownRenderer } from './core/workspace-ports.js';
import { JournalNotFoundError, UsageError } from './errors.js';
import { messages } from './ui/messages.js';
import { Ui } from './ui/output.js';
import { draftStore, lockWiring, once, privacyScanner, scanCache, wireJournal } from './container-support.js';

export { once, wireJournal };

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
  /** false with --no-pager (issue 17). */
  pager?: boolean;
}

/** The process around a command, injected so tests can run commands in-process with fake streams. */
export interface Runtime {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
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
  /** Called when the command has run: commits what it changed in a personal journal (issue 17). */
  finish(): Promise<void>;
}

export function createUi(runtime: Runtime, globals: GlobalOptions): Ui {
  // Long output goes through a pager in a terminal (issue 17); the adapter loads only when something is that long.
  const pager = globals.pager === false || globals.json ? undefined : async (text: string) => (await import('./adapters/pager.js')).runPager(text, runtime.env);
  return new Ui({ stdout: runtime.stdout, stderr: runtime.stderr }, { color: globals.color, quiet: globals.quiet, env: runtime.env, pager });
}

export function homeDir(env: NodeJS.ProcessEnv): string {
  return env.HOME || os.homedir();
}

/** The ports that do not need a journal: files named on the command line, git, and the scanner. */
function workspacePorts(cwd: string, config: JournalConfig | undefined): WorkspacePorts {
  return { cwd, files: fsLocalFiles, git: gitWorkspace(), privacy: privacyScanner(config) };
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
  // What this command changes, committed when it ends (issue 17); the writer notes every entry it writes.
  const changes = new ChangeLog();
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
      changes,
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
    editor: { edit: (text, options) => editText(text, { root, env, name: options.name, editor: config.editor, announce: options.announce }) },
    keptEdits: new FsKeptEdits(root),
    rescued: new FsRescueArea(root),
    modes: new FsFileModes(root),
    journalFormat: { record: async (version) => (await import('./adapters/fs-journal-layout.js')).recordJournalFormat(root, version) },
    settings: fsSettingsFile(root),
    history: gitHistoryOnDemand(root),
    changes,
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
  /** Told when the default journal was created on first use (with the first run's answers, when it asked). */
  onCreated?: (root: string, answers: FirstRunAnswers | undefined) => void;
  /**
   * In a terminal, the first run's questions, asked before the default journal is made (issue 17); Ctrl-C there
   * leaves nothing behind.
   */
  firstRun?: ((root: string) => Promise<FirstRunAnswers>) | undefined;
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
    const answers = await options.firstRun?.(discovered.root);
    const { initJournal } = await import('./adapters/fs-journal-layout.js');
    await initJournal({ root: discovered.root, ...(answers ? { profile: answers.profile, yearStart: answers.yearStart, registrant: answers.registrant } : {}) });
    options.onCreated?.(discovered.root, answers);
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

/** The terminal's prompter, drawn on stderr (stdout stays data); @inquirer loads on the first question. */
function terminalPrompter(runtime: Runtime, ui: Ui, root: string, editor: string | undefined): () => Promise<Prompter> {
  return once(async () => {
    const { InquirerPrompter } = await import('./adapters/inquirer-prompter.js');
    const output = runtime.stderr.isTTY ? runtime.stderr : runtime.stdout;
    return new InquirerPrompter({ input: runtime.stdin, output, root, env: runtime.env, dim: (t) => ui.color.dim(t), editor });
  });
}

/** The first run's questions (issue 17), with the profiles mindlines ships and git's name as the suggested name. */
async function firstRunQuestions(runtime: Runtime, ui: Ui, root: string): Promise<FirstRunAnswers> {
  const { askFirstRun } = await import('./app/first-run.js');
  const profiles = await new FsProfileSource(undefined).all();
  const name = await gitWorkspace()
    .identity(runtime.cwd)
    .catch(() => undefined);
  return askFirstRun(await terminalPrompter(runtime, ui, root, undefined)(), [...profiles.values()], { name: name?.includes('@') ? undefined : name });
}

/**
 * The command line's context: the journal (created on first use), its ports, and the terminal's. `readsIndex`:
 * whether the command will read the index (OpenOptions).
 */
export async function openContext(runtime: Runtime, globals: GlobalOptions, ui = createUi(runtime, globals), readsIndex = true): Promise<Context> {
  if ((globals.journalsGiven?.length ?? 0) > 1) throw new UsageError(messages.severalJournals(globals.journalsGiven?.length ?? 0));
  const interactive = Boolean(runtime.stdin.isTTY) && Boolean(runtime.stderr.isTTY || runtime.stdout.isTTY) && !globals.json;
  const opened = await openJournalPorts({
    flag: globals.journal,
    env: runtime.env,
    cwd: runtime.cwd,
    discovery: 'create-default',
    housekeeping: true,
    readsIndex,
    notify: (notice) => ui.info(ui.safe(messages.notice(notice))),
    firstRun: interactive ? (root) => firstRunQuestions(runtime, ui, root) : undefined,
    onCreated: (root, answers) =>
      answers
        ? ui.success(ui.safe(messages.firstRun.created(root, answers.profile, describeMonthDay(answers.yearStart), answers.registrant.name)))
        : ui.info(messages.defaultJournalCreated(root)),
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
    prompter: terminalPrompter(runtime, ui, ports.root, ports.config.editor),
    markdown: { render: async (markdown, width) => (await import('./adapters/marked-terminal-renderer.js')).renderMarkdownForTerminal(markdown, width) },
    finish: async () => {
      if (ports.changes.size === 0) return;
      const { commitChanges } = await import('./app/history.js');
      const outcome = await commitChanges(ports);
      if (outcome.action === 'failed') {
        ui.warn(`mindlines: ${ui.safe(messages.commitFailed(outcome.reason))}`);
        ui.info(messages.commitFailedHint);
      }
    },
  };
}

/** `init`'s context: no journal yet, only the means to make one. */
export interface SetupContext extends CliContext {
  /** Makes a folder a journal (config, entries/, .gitignore, git), keeping what is already there. */
  createJournal(options: InitOptions): Promise<InitResult>;
  /** Changes one setting of the journal at `root`, checked and committed as `config set` does (issue 17). */
  changeSetting(root: string, key: string, value: string): Promise<SettingChange>;
  /** A yes/no question in the terminal. */
  confirm(message: string, fallback: boolean): Promise<boolean>;
}

export function openSetupContext(runtime: Runtime, globals: GlobalOptions): SetupContext {
  const ui = createUi(runtime, globals);
  return {
    runtime,
    globals,
    ui,
    createJournal: async (options) => (await import('./adapters/fs-journal-layout.js')).initJournal(options),
    changeSetting: async (root, key, value) => {
      const opened = await openJournalPorts({ flag: root, env: runtime.env, cwd: runtime.cwd, discovery: 'existing' });
      const ports = opened.ports as JournalPorts;
      const [{ setSetting }, { commitChanges }] = await Promise.all([import('./app/config.js'), import('./app/history.js')]);
      const change = await setSetting(ports, key, value);
      await commitChanges(ports);
      return change;
    },
    confirm: async (message, fallback) => (await terminalPrompter(runtime, ui, runtime.cwd, undefined)()).confirm({ message, default: fallback }),
  };
}

/**
 * What shell completion reads (issue 17): templates and profiles, and the entries of the journal when there is one.
 * Never creates a journal, never asks, never says anything.
 */
export async function openCompletionPorts(runtime: Runtime, journalFlag: string | undefined): Promise<CompletionPorts> {
  const discovered = discoverJournal({ flag: journalFlag, env: runtime.env, cwd: runtime.cwd, home: homeDir(runtime.env) });
  const root = discovered.exists ? discovered.root : undefined;
  const config = root ? await loadConfigCached(root).catch(() => undefined) : undefined;
  return {
    templates: new FsTemplateSource(root),
    profiles: new FsProfileSource(root),
    journal: root && config ? wireJournal(root, config, systemClock(runtime.env)) : undefined,
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
