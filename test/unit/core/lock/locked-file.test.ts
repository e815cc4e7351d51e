import { describe, expect, it } from 'vitest';
import { idOfLockedPath, isLockedPath, joinLockedFile, lockedEntryPath, splitLockedFile } from '../../../../src/core/lock/locked-file.js';
import { lockedSnapshot, mergeSnapshots } from '../../../../src/core/lock/locked-snapshot.js';
import { lockSettingsOf } from '../../../../src/core/lock/settings.js';
import { indexDocumentOf } from '../../../../src/core/search/index-document.js';
import { MemoryEntryIndex } from '../../../../src/adapters/index/memory-entry-index.js';

const ID = '01JD0000000000000000000007';
const armored = '-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCg==\n-----END AGE ENCRYPTED FILE-----\n';
const head = `---\nid: ${ID}\ntitle: Locked\ndate: 2026-11-01\n---\n`;

describe('a locked entry’s file', () => {
  it('is named by its id alone, inside its folder', () => {
    expect(lockedEntryPath('entries', ID.toLowerCase())).toBe(`entries/${ID}.md.age`);
    expect(lockedEntryPath('private', ID)).toBe(`private/${ID}.md.age`);
    expect(() => lockedEntryPath('entries', '../../etc/passwd')).toThrow();
    expect(idOfLockedPath(`private/${ID}.md.age`)).toBe(ID);
    expect(idOfLockedPath(`entries/2026/${ID}.md.age`)).toBeUndefined();
    expect(isLockedPath(`entries/${ID}.md.age`)).toBe(true);
    expect(isLockedPath('entries/2026/11/x.md')).toBe(false);
  });

  it('is armor alone, or front matter kept in the clear then armor; anything else (text appended, cut short) is damaged', () => {
    expect(splitLockedFile(armored)).toEqual({ armored });
    expect(splitLockedFile(joinLockedFile(head, armored))).toEqual({ head, armored });
    expect(splitLockedFile(`${armored}plain text appended\n`)).toBeUndefined();
    expect(splitLockedFile(armored.slice(0, 60))).toBeUndefined();
    expect(splitLockedFile(`${head}no armor\n`)).toBeUndefined();
    expect(splitLockedFile('')).toBeUndefined();
  });

  it('settings are read only when they are what lock writes', () => {
    expect(lockSettingsOf({ recipient: 'age1qqqq', locked: false, clear_front_matter: true })).toEqual({ recipient: 'age1qqqq', identity: undefined, locked: false, clearFrontMatter: true });
    expect(lockSettingsOf({ recipient: 'not-a-recipient' })).toBeUndefined();
    expect(lockSettingsOf('age1qqqq')).toBeUndefined();
  });
});

describe('locked entries join the index’s answers in memory', () => {
  it('numbers their postings after the index’s own, so one search ranks both', async () => {
    const plainText = `---\nid: 01JD0000000000000000000001\ntitle: Spacer technique\ndate: 2026-11-01\n---\nmask and spacer\n`;
    const index = new MemoryEntryIndex();
    const indexed = await index.update(async () => ({ put: [{ file: { path: 'entries/a.md', size: 1, mtimeMs: 1 }, doc: indexDocumentOf('entries/a.md', plainText) }], removed: [] }));
    const lockedText = `---\nid: ${ID}\ntitle: Night shift worry\ndate: 2026-11-02\n---\nspacer left at the bedside\n`;
    const file = { path: `entries/${ID}.md.age`, id: ID, size: 900, mtimeMs: 2 };
    const locked = lockedSnapshot([{ file, size: lockedText.length, doc: indexDocumentOf(file.path, lockedText) }]);
    const merged = mergeSnapshots(indexed, locked);
    expect(merged.entries.map((e) => e.path)).toEqual(['entries/a.md', file.path]);
    expect(merged.postings('spacer').map((p) => p.entry).sort()).toEqual([0, 1]);
    expect(merged.postings('bedside')).toEqual([{ entry: 1, tf: 1 }]);
    expect(merged.entries[1]?.size).toBe(lockedText.length);
  });
});
