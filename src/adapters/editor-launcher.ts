import { spawn } from 'node:child_process';
import { accessSync, constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeUtf8 } from '../codecs/utf8.js';
import { EditorError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { RESCUED_FOLDER } from './fs-debris.js';
import { isAlive } from './process-alive.js';
import { ensurePrivateFolder, LOCAL_FOLDER } from './private-folder.js';

/**
 * node:crypto, loaded the first time a hash or random bytes are wanted: it is one of the larger built-in modules,
 * and a warm `search` or `list` never needs it.
 */
const crypto = () => process.getBuiltinModule('node:crypto');

/** Where text handed to $EDITOR lives while it is open: inside the journal, owner-only, never in /tmp. */
export const EDITING_FOLDER = path.join(LOCAL_FOLDER, 'editing');

/** Leftovers older than this are rescued even when their process id has been reused. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Moves an editor folder whose text may be someone's only copy into `.mindlines/rescued/`, or removes it when it
 * holds nothing. Returns the journal-relative path of the kept text, if any.
 */
async function rescue(root: string, dir: string): Promise<string | undefined> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const texts = await Promise.all(names.map((n) => fs.readFile(path.join(dir, n), 'utf8').catch(() => '')));
  const kept = names.find((_n, i) => (texts[i] ?? '').trim() !== '');
  if (!kept) {
    await fs.rm(dir, { recursive: true, force: true });
    return undefined;
  }
  const target = path.join(await ensurePrivateFolder(path.join(root, RESCUED_FOLDER)), path.basename(dir));
  await fs.rename(dir, target);
  return path.relative(root, path.join(target, kept));
}

/**
 * Clears editor folders left behind by a mindlines that crashed or was killed (their process is gone): text in
 * them is moved to `.mindlines/rescued/` (it may be all that is left of what someone typed), empty ones are
 * removed. Folders of a mindlines still running (another terminal) are left alone.
 */
export async function sweepEditingFolder(root: string, now = Date.now()): Promise<number> {
  const dir = path.join(root, EDITING_FOLDER);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const full = path.join(dir, name);
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    const stat = await fs.lstat(full).catch(() => undefined);
    if (!stat) continue;
    const live = Number.isInteger(pid) && pid !== process.pid && isAlive(pid) && now - stat.mtimeMs < STALE_MS;
    if (live) continue;
    if (stat.isDirectory()) await rescue(root, full);
    else await fs.rm(full, { force: true });
    removed++;
  }
  return removed;
}

/** Splits `$EDITOR` like a shell would for the simple cases people use: `code --wait`, `"/opt/my editor/bin" -f`. */
export function parseEditorCommand(command: string): string[] {
  const parts: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(command); m; m = re.exec(command)) parts.push(m[1] ?? m[2] ?? m[3] ?? '');
  return parts;
}

/** Where the editor command came from, so the person is told how to change it (issue 17). */
export type EditorSource = 'setting' | 'VISUAL' | 'EDITOR' | 'nano' | 'vi';

/** Whether a program is on the PATH (a file the user may run, in one of its folders). */
function onPath(name: string, env: NodeJS.ProcessEnv): boolean {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

/**
 * The editor to open, as git chooses one: the journal's `editor` setting, else $VISUAL, else $EDITOR; with none set,
 * nano when it is installed (easy to quit for someone who never chose an editor), else vi.
 */
export function chooseEditor(env: NodeJS.ProcessEnv, configured?: string): { command: string[]; source: EditorSource } {
  if (configured?.trim()) return { command: parseEditorCommand(configured.trim()), source: 'setting' };
  if (env.VISUAL?.trim()) return { command: parseEditorCommand(env.VISUAL.trim()), source: 'VISUAL' };
  if (env.EDITOR?.trim()) return { command: parseEditorCommand(env.EDITOR.trim()), source: 'EDITOR' };
  return onPath('nano', env) ? { command: ['nano'], source: 'nano' } : { command: ['vi'], source: 'vi' };
}

export function editorCommand(env: NodeJS.ProcessEnv, configured?: string): string[] {
  return chooseEditor(env, configured).command;
}

export interface EditOptions {
  root: string;
  env: NodeJS.ProcessEnv;
  /** The journal's `editor` setting, over $VISUAL and $EDITOR. */
  editor?: string | undefined;
  /** Told which editor is about to open and where that choice came from, before it opens. */
  announce?: ((editor: string, source: EditorSource) => void) | undefined;
  /** File name ending (`.md`), so the editor picks the right mode. */
  extension?: string;
  /** A readable file name stem, e.g. the entry's file name. */
  name?: string;
}

/** Runs the editor on `file` with the terminal, and resolves when it exits; a non-zero exit is an EditorError. */
async function runEditor(file: string, options: EditOptions): Promise<void> {
  const env = options.env;
  const chosen = chooseEditor(env, options.editor);
  const [bin, ...args] = chosen.command;
  if (!bin) throw new EditorError(messages.editorNotSet);
  options.announce?.(path.basename(bin), chosen.source);
  // Ctrl-C in the editor reaches us too (same process group): the editor decides what it means, we wait.
  const ignore = () => undefined;
  process.on('SIGINT', ignore);
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(bin, [...args, file], { stdio: 'inherit', env });
      child.once('error', (error) => reject(new EditorError(messages.editorFailedToStart(bin, error), { cause: error })));
      child.once('exit', (code, signal) => {
        if (code === 0) resolve();
        else reject(new EditorError(messages.editorExited(bin, code, signal)));
      });
    });
  } finally {
    process.off('SIGINT', ignore);
  }
}

/**
 * Opens `text` in $VISUAL / $EDITOR and returns the saved text. The file sits in a fresh 0700 folder under
 * `.mindlines/editing/` (mode 0600), removed afterwards. If the editor fails after the text was changed, the
 * changed text is kept in `.mindlines/rescued/` and the error says where; a leftover from a crash is rescued the
 * same way by `sweepEditingFolder` on the next start.
 */
export async function editText(text: string, options: EditOptions): Promise<string> {
  const parent = await ensurePrivateFolder(path.join(options.root, EDITING_FOLDER));
  await ensurePrivateFolder(path.join(options.root, LOCAL_FOLDER));
  const dir = path.join(parent, `${process.pid}-${crypto().randomBytes(4).toString('hex')}`);
  await fs.mkdir(dir, { mode: 0o700 });
  try {
    const stem = (options.name ?? 'mindlines').replace(/[^a-zA-Z0-9_.-]/g, '_').replace(/\.md$/, '');
    const file = path.join(dir, `${stem}${options.extension ?? '.md'}`);
    await fs.writeFile(file, text, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    try {
      await runEditor(file, options);
    } catch (error) {
      const written = await fs.readFile(file, 'utf8').catch(() => text);
      if (error instanceof EditorError && written !== text) {
        const kept = await rescue(options.root, dir);
        if (kept) throw new EditorError(`${error.message}; ${messages.editorTextKept(kept)}`, { cause: error });
      }
      throw error;
    }
    const saved = decodeUtf8(await fs.readFile(file));
    if (!saved.ok) {
      // Never decode it lossily: the bytes are kept whole for the person to convert.
      const kept = await rescue(options.root, dir);
      throw new EditorError(`${messages.notUtf8('the edited text', saved.offset)}${kept ? `; ${messages.editorTextKept(kept)}` : ''}`);
    }
    return saved.text;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
