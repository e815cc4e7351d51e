import { readFileSync } from 'node:fs';
import os from 'node:os';
import { sweepEditingFolder } from './adapters/editor-launcher.js';
import { loadConfigCached } from './adapters/fs-config-cache.js';
import { FsEntryStore } from './adapters/fs-entry-store.js';
import { FsProfileSource } from './adapters/fs-profile-source.js';
import { openEntryIndex } from './adapters/index/open-entry-index.js';
import { FsTemplateSource } from './adapters/fs-template-source.js';
import { systemClock, ulidSource } from './adapters/system-clock.js';
import { discoverJournal, type DiscoveredJournal } from './config/discovery.js';
import type { JournalConfig } from './config/journal-config.js';
import { Journal } from './core/entries/journal.js';
import type { Clock } from './core/ports.js';
import { JournalNotFoundError } from './errors.js';
import { messages } from './ui/messages.js';
import { Ui } from './ui/output.js';

/** Options every command accepts (commander's global options). */
export interface GlobalOptions {
  journal?: string;
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

/** What a command that works on a journal is handed. */
export interface Context {
  runtime: Runtime;
  globals: GlobalOptions;
  ui: Ui;
  root: string;
  discovered: DiscoveredJournal;
  config: JournalConfig;
  journal: Journal;
  templates: FsTemplateSource;
  /** Regulator profiles: built in, overridden or added by the journal's templates/profiles/. */
  profiles: FsProfileSource;
  clock: Clock;
}

export function createUi(runtime: Runtime, globals: GlobalOptions): Ui {
  return new Ui({ stdout: runtime.stdout, stderr: runtime.stderr }, { color: globals.color, quiet: globals.quiet, env: runtime.env });
}

/**
 * The mindlines release running (package.json's version), which stamps the index: an index written by another
 * release is rebuilt instead of trusted (and its format number, INDEX_VERSION, covers changes made between releases).
 */
function packageVersion(): string {
  try {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : '';
  } catch {
    return '';
  }
}

export function homeDir(env: NodeJS.ProcessEnv): string {
  return env.HOME || os.homedir();
}

/**
 * The composition root: finds the journal (creating the default one on first use), reads its config and wires
 * the adapters into a Context.
 */
/** A Journal over the files, with its index: the one wiring the command line and the library API share. */
export function wireJournal(root: string, config: JournalConfig, clock: Clock): Journal {
  return new Journal({
    root,
    mode: config.mode,
    store: new FsEntryStore(root),
    clock,
    ids: ulidSource(),
    index: openEntryIndex(root, { mindlines: packageVersion() }),
  });
}

export async function openContext(runtime: Runtime, globals: GlobalOptions, ui = createUi(runtime, globals)): Promise<Context> {
  const discovered = discoverJournal({ flag: globals.journal, env: runtime.env, cwd: runtime.cwd, home: homeDir(runtime.env) });
  if (!discovered.exists) {
    if (discovered.source !== 'default') {
      throw new JournalNotFoundError(discovered.root, messages.journalMissing(discovered.root), {
        hint: messages.journalMissingHint(discovered.root),
      });
    }
    const { initJournal } = await import('./adapters/fs-journal-layout.js');
    await initJournal({ root: discovered.root });
    ui.info(messages.defaultJournalCreated(discovered.root));
  }
  const config = await loadConfigCached(discovered.root);
  // Editor text left by a mindlines that crashed is moved to .mindlines/rescued/ at start-up (issue 3).
  await sweepEditingFolder(discovered.root);
  const clock = systemClock(runtime.env);
  const journal = wireJournal(discovered.root, config, clock);
  return {
    runtime,
    globals,
    ui,
    root: discovered.root,
    discovered,
    config,
    journal,
    templates: new FsTemplateSource(discovered.root),
    profiles: new FsProfileSource(discovered.root),
    clock,
  };
}
