import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsDraftStore } from '../../../src/adapters/fs-draft-store.js';
import { parseDraft, serializeDraft } from '../../../src/codecs/draft-file.js';
import type { Draft } from '../../../src/core/reflection/draft.js';
import { draftTitle } from '../../../src/core/reflection/draft.js';
import { tempDir } from '../../helpers/isolated-env.js';

const clock = { now: () => new Date('2026-11-27T12:00:00Z') };
const draft = (id: string, answers: Record<string, unknown> = {}): Draft => ({
  id,
  kind: 'new',
  template: 'constructivist',
  created: '2026-11-27T11:00:00Z',
  updated: '',
  answers,
  asked: Object.keys(answers),
});

describe('drafts on disk', () => {
  it('round-trips every answer, including multi-line text, emoji, CRLF and nested beliefs', () => {
    const d = draft('01JDAAAAAAAAAAAAAAAAAAAAAA', {
      title: 'Ünïcode ✓ 🫁',
      experience: 'line one\r\nline two\n\n  indented: with a colon',
      beliefs: [{ belief: 'b', before: 'brick' }],
      hours: 1.5,
    });
    d.kind = 'reflect';
    d.entry = { id: '01JDBBBBBBBBBBBBBBBBBBBBBB', path: 'entries/2026/11/x.md', hash: 'abc' };
    const parsed = parseDraft(serializeDraft(d));
    expect(parsed).toEqual({ ok: true, draft: d });
  });

  it('saves owner-only and atomically, lists newest first, finds by id start, discards', async () => {
    const root = tempDir();
    const store = new FsDraftStore(root, clock);
    await store.save(draft('01JDAAAAAAAAAAAAAAAAAAAAAA', { title: 'First' }));
    await store.save(draft('01JDBBBBBBBBBBBBBBBBBBBBBB', { experience: 'no title yet, just what happened on the ward today' }));
    expect(statSync(path.join(root, '.mindlines/drafts')).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(root, '.mindlines/drafts/01JDAAAAAAAAAAAAAAAAAAAAAA.yaml')).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.join(root, '.mindlines/drafts')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const { drafts } = await store.list();
    expect(drafts.map((d) => d.id)).toEqual(['01JDBBBBBBBBBBBBBBBBBBBBBB', '01JDAAAAAAAAAAAAAAAAAAAAAA']);
    expect(drafts.map(draftTitle)).toEqual(['no title yet, just what happened on the…', 'First']);
    expect((await store.get('01JDA')).answers.title).toBe('First');
    await expect(store.get('01JD')).rejects.toThrow(/matches 2 drafts/);
    await store.discard('01JDAAAAAAAAAAAAAAAAAAAAAA');
    await expect(store.get('01JDA')).rejects.toThrow(/no draft has an id starting/);
  });

  it('reports a damaged draft file and still lists the others', async () => {
    const root = tempDir();
    const store = new FsDraftStore(root, clock);
    await store.save(draft('01JDAAAAAAAAAAAAAAAAAAAAAA', { title: 'Fine' }));
    writeFileSync(path.join(root, '.mindlines/drafts/01JDCCCCCCCCCCCCCCCCCCCCCC.yaml'), 'id: [broken\n');
    const { drafts, problems } = await store.list();
    expect(drafts).toHaveLength(1);
    expect(problems[0]?.file).toMatch(/^\.mindlines\/drafts\/01JDCCCCCCCCCCCCCCCCCCCCCC\.yaml:\d+$/);
  });
});
