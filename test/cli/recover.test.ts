import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitJournal } from '../helpers/git-journal.js';

/** The pid of a process that has ended: what a temp file of a killed mindlines is named with. */
const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

/** A journal with one quick note, and that note's path and text. */
async function journalWithNote() {
  const j = await gitJournal();
  await j.run(['quick', 'Spacer technique in under-fives']);
  const [entry] = JSON.parse((await j.run(['list', '--json'])).stdout) as { path: string; id: string }[];
  const file = path.join(j.root, entry!.path);
  return { j, entry: entry!, file, text: readFileSync(file, 'utf8') };
}

/** Where atomic-file.ts would have left the whole new text when killed before the final link. */
const tempOf = (file: string, pid: number) => path.join(path.dirname(file), `.${path.basename(file)}.${pid}-0a1b2c3d4e5f.tmp`);

describe('nothing is left behind, or lost, after a crash (issue 14)', () => {
  it('keeps the whole note a killed write left in a hidden temp file, says so, and puts it back with `recover`', async () => {
    const { j, entry, file, text } = await journalWithNote();
    // The note was being created when mindlines was killed: the text is in the temp file, nothing at its name yet.
    renameSync(file, tempOf(file, deadPid()));
    expect(j.git(['status', '--porcelain', '--untracked-files=all'])).toContain('.tmp');

    const listed = await j.run(['list']);
    expect(listed.stderr).toBe('kept 1 half-written file from a mindlines that was stopped; see `mindlines recover`\nNo entries match.\n');
    expect(j.git(['status', '--porcelain', '--untracked-files=all'])).not.toContain('.tmp');
    expect((await j.run([])).stdout).toContain('recover   1 rescued text kept after a crash: `mindlines recover`');

    const rescued = await j.run(['recover', '--json']);
    expect(JSON.parse(rescued.stdout)).toEqual([expect.objectContaining({ number: 1, kind: 'interrupted-write', origin: entry.path, size: Buffer.byteLength(text) })]);
    const restored = await j.run(['recover', '1']);
    expect(restored.stderr).toBe(`Restored ${entry.path}.\n`);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect((await j.run(['recover'])).stderr).toBe('Nothing to recover: no rescued text is kept in .mindlines/rescued/.\n');
  });

  it('removes a temp file identical to its entry (killed after the link), and leaves a live writer’s alone', async () => {
    const { j, file, text } = await journalWithNote();
    writeFileSync(tempOf(file, deadPid()), text);
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(tempOf(file, sleeper.pid!), 'a write still in progress');
      const listed = await j.run(['list']);
      expect(listed.stderr).toBe('removed 1 leftover temp file identical to its entry\n');
      expect(readdirSync(path.dirname(file)).filter((n) => n.endsWith('.tmp'))).toEqual([path.basename(tempOf(file, sleeper.pid!))]);
    } finally {
      sleeper.kill();
    }
  });

  it('reports debris in `check` without touching it', async () => {
    const { j, entry, file, text } = await journalWithNote();
    const temp = tempOf(file, deadPid());
    writeFileSync(temp, text.replace('Spacer', 'Inhaler'));
    const checked = await j.run(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(`${path.relative(j.root, temp)}:1: a half-written copy of ${entry.path} left by a mindlines that was stopped`);
    expect(existsSync(temp)).toBe(true);
  });

  it('shows, refuses to restore, and discards editor text that is not a whole entry', async () => {
    const { j } = await journalWithNote();
    const folder = path.join(j.root, '.mindlines', 'rescued', '4242-a1b2c3d4');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'mindlines.md'), 'Half an answer about spacers');
    const refused = await j.run(['recover', '1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('mindlines: .mindlines/rescued/4242-a1b2c3d4/mindlines.md is not a whole entry');
    expect((await j.run(['recover', '1', '--print'])).stdout).toBe('Half an answer about spacers');
    expect((await j.run(['recover', '1', '--discard'])).stderr).toBe('Discarded .mindlines/rescued/4242-a1b2c3d4/mindlines.md.\n');
    expect(existsSync(folder)).toBe(false);
  });

  it('puts rescued text in place of an entry with its id only when asked (--replace)', async () => {
    const { j, entry, file, text } = await journalWithNote();
    const folder = path.join(j.root, '.mindlines', 'rescued', '4242-e5f6a7b8');
    mkdirSync(folder, { recursive: true });
    const edited = text.replace(/\n*$/, '\n\nWhat I typed before the crash.\n');
    writeFileSync(path.join(folder, path.basename(file)), edited);
    const refused = await j.run(['recover', '1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`mindlines: ${entry.path} has the same id and holds different text`);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect((await j.run(['recover', '1', '--replace'])).stderr).toBe(`Replaced ${entry.path} with the rescued text.\n`);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });
});
