import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gitJournal, type GitJournal } from './git-journal.js';
import { tempDir } from './isolated-env.js';
import { Terminal } from './tmux.js';

/** Terminals started by the current test; a test file closes them after each test (`afterEach(closeTerminals)`). */
const terminals: Terminal[] = [];

/** Closes this terminal with the others after the test. */
export function track(terminal: Terminal): Terminal {
  terminals.push(terminal);
  return terminal;
}

export function closeTerminals(): void {
  for (const t of terminals.splice(0)) t.close();
}

export interface TerminalJournal {
  j: GitJournal;
  /** The TMPDIR mindlines sees, to prove it leaves nothing there. */
  tmp: string;
  /** A folder for editor scripts. */
  tools: string;
  /** Starts the built CLI on the journal in a new tmux terminal, "now" fixed at 2026-11-27. */
  start: (args: string[], env?: NodeJS.ProcessEnv, size?: { width: number; height: number }) => Terminal;
}

/** A fresh journal in an isolated home, and a way to run the built CLI on it in a real terminal (tmux). */
export async function terminalJournal(): Promise<TerminalJournal> {
  const j = await gitJournal();
  const tmp = tempDir('ml-tmpdir-');
  const tools = tempDir('ml-tools-');
  j.env.MINDLINES_NOW = '2026-11-27';
  j.env.TMPDIR = tmp;
  return {
    j,
    tmp,
    tools,
    start: (args, env = {}, size) => {
      const t = Terminal.start(['--journal', j.root, ...args], { cwd: j.home, env: { ...j.env, ...env }, ...size });
      terminals.push(t);
      return t;
    },
  };
}

/** An executable shell script, e.g. an $EDITOR that changes the file it is given. */
export function script(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

export const draftFiles = (root: string): string[] => {
  const dir = path.join(root, '.mindlines/drafts');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.yaml')) : [];
};

export const entryFiles = (root: string): string[] => {
  const walk = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)])) : [];
  return walk(path.join(root, 'entries'));
};
