import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITING_FOLDER, editText, parseEditorCommand, sweepEditingFolder } from '../../../src/adapters/editor-launcher.js';
import { EditorError } from '../../../src/errors.js';
import { tempDir } from '../../helpers/isolated-env.js';

/** A fake $EDITOR: a shell script that records where it was asked to edit and with what mode, then edits. */
function fakeEditor(dir: string, body: string): string {
  const script = path.join(dir, 'fake-editor.sh');
  writeFileSync(script, `#!/bin/sh\nfile="$1"\necho "$file" > "${dir}/seen-path"\nstat -c %a "$(dirname "$file")" > "${dir}/seen-dir-mode"\nstat -c %a "$file" > "${dir}/seen-file-mode"\n${body}\n`);
  chmodSync(script, 0o755);
  return script;
}

describe('$EDITOR through a private folder', () => {
  it('edits in a 0700 folder under .mindlines/editing (file 0600), never in /tmp, and removes it afterwards', async () => {
    const root = tempDir();
    const tools = tempDir();
    const editor = fakeEditor(tools, 'printf "edited\\n" >> "$file"');
    const text = await editText('original\n', { root, env: { ...process.env, VISUAL: '', EDITOR: editor } });
    expect(text).toBe('original\nedited\n');
    const seen = readFileSync(path.join(tools, 'seen-path'), 'utf8').trim();
    expect(seen.startsWith(path.join(root, EDITING_FOLDER))).toBe(true);
    expect(readFileSync(path.join(tools, 'seen-dir-mode'), 'utf8').trim()).toBe('700');
    expect(readFileSync(path.join(tools, 'seen-file-mode'), 'utf8').trim()).toBe('600');
    expect(statSync(path.join(root, EDITING_FOLDER)).mode & 0o777).toBe(0o700);
    expect(readdirSync(path.join(root, EDITING_FOLDER))).toEqual([]);
  });

  it('prefers $VISUAL and passes its arguments', async () => {
    const root = tempDir();
    const tools = tempDir();
    // Called as: script --wait FILE; it writes its first argument into the file.
    const script = path.join(tools, 'args.sh');
    writeFileSync(script, '#!/bin/sh\nfor last; do :; done\nprintf "%s" "$1" > "$last"\n');
    chmodSync(script, 0o755);
    const text = await editText('x', { root, env: { ...process.env, VISUAL: `${script} --wait`, EDITOR: 'false' } });
    expect(text).toBe('--wait');
  });

  it('fails with an EditorError when the editor exits non-zero or cannot start, and still cleans up', async () => {
    const root = tempDir();
    await expect(editText('x', { root, env: { ...process.env, VISUAL: '', EDITOR: 'false' } })).rejects.toBeInstanceOf(EditorError);
    await expect(editText('x', { root, env: { ...process.env, VISUAL: '', EDITOR: '/nonexistent/editor' } })).rejects.toThrow(/could not start the editor/);
    expect(readdirSync(path.join(root, EDITING_FOLDER))).toEqual([]);
  });

  it('keeps the text when the editor fails after it was changed, and says where', async () => {
    const root = tempDir();
    const tools = tempDir();
    const editor = path.join(tools, 'edit-then-fail.sh');
    writeFileSync(editor, '#!/bin/sh\necho "IMPORTANT NEW TEXT" >> "$1"\nexit 1\n', { mode: 0o755 });
    const error = await editText('start\n', { root, env: { ...process.env, VISUAL: '', EDITOR: editor } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditorError);
    const kept = /kept in (\S+)$/.exec((error as Error).message)?.[1];
    expect(kept).toMatch(/^\.mindlines\/rescued\//);
    expect(readFileSync(path.join(root, kept!), 'utf8')).toBe('start\nIMPORTANT NEW TEXT\n');
    expect(readdirSync(path.join(root, EDITING_FOLDER))).toEqual([]);
  });

  it('rescues text left by a dead mindlines at start-up, removes empty leftovers, and leaves a running one’s alone', async () => {
    const root = tempDir();
    const dir = path.join(root, EDITING_FOLDER);
    mkdirSync(path.join(dir, '999999-dead'), { recursive: true });
    writeFileSync(path.join(dir, '999999-dead', 'entry.md'), 'left behind by a crash');
    mkdirSync(path.join(dir, '999998-empty'), { recursive: true });
    mkdirSync(path.join(dir, `${process.ppid}-alive`));
    expect(await sweepEditingFolder(root)).toBe(2);
    expect(existsSync(path.join(dir, '999999-dead'))).toBe(false);
    expect(readFileSync(path.join(root, '.mindlines/rescued/999999-dead/entry.md'), 'utf8')).toBe('left behind by a crash');
    expect(existsSync(path.join(root, '.mindlines/rescued/999998-empty'))).toBe(false);
    expect(existsSync(path.join(dir, `${process.ppid}-alive`))).toBe(true);
    expect(await sweepEditingFolder(root, Date.now() + 2 * 24 * 3600 * 1000)).toBe(1);
  });

  it('splits editor commands like a shell for the usual cases', () => {
    expect(parseEditorCommand('code --wait')).toEqual(['code', '--wait']);
    expect(parseEditorCommand('"/opt/my editor/bin" -f')).toEqual(['/opt/my editor/bin', '-f']);
  });
});
