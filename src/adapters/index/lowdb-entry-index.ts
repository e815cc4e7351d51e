import path from 'node:path';
import type { EntryFileInfo, EntryIndex, IndexChanges, IndexSnapshot, Notify, StoredIndex } from '../../core/ports.js';
import { ensurePrivateFolder } from '../private-folder.js';
import { headsFile, headsHeader } from './heads-file.js';
import { emptyIndex, openIndexDocument, readIndexQuietly, type Loaded } from './index-json.js';
import { StoredListing, StoredSnapshot } from './index-snapshot.js';
import { rowsFile } from './rows-file.js';
import { SEGMENT_HEADER, segmentFile } from './segment-format.js';
import { IndexUnusableError, sideFileOk, sweepSideFiles } from './side-files.js';

/**
 * The entry index of one journal, kept in `<root>/.mindlines/`: index.json (index-json.ts, through lowdb) and the
 * side files it names (the rows, postings segments and the heads file). Core works out what changed
 * (search/index-diff.ts); this stores it.
 *
 * - Reading takes no lock and loads neither lowdb, proper-lockfile nor the writing code (index-writer.ts): files are
 *   replaced whole, never changed in place.
 * - Every update holds the index lock (index-lock.ts) and reads index.json afresh under it, since another process
 *   may have updated it meanwhile.
 * - Anything unexpected (missing, empty, truncated, not JSON, another format or release, a side file gone or cut
 *   short) means the index is rebuilt from the files, silently: it is a cache.
 */
export class LowdbEntryIndex implements EntryIndex {
  readonly dir: string;
  readonly file: string;
  private readonly mindlines: string;
  private readonly notify: Notify | undefined;

  /** `mindlines` is the release running (package.json's version): an index written by another one is rebuilt. */
  constructor(root: string, options: { mindlines?: string; notify?: Notify } = {}) {
    this.dir = path.join(root, '.mindlines');
    this.file = path.join(this.dir, 'index.json');
    this.mindlines = options.mindlines ?? '';
    this.notify = options.notify;
  }

  async read(): Promise<StoredIndex | undefined> {
    const loaded = readIndexQuietly(this.file, this.mindlines);
    if (!loaded || !this.sideFilesOk(loaded)) return undefined;
    return { held: new StoredListing(loaded.rows, loaded.data.listing), snapshot: () => new StoredSnapshot(this.dir, loaded) };
  }

  async update(plan: (held: readonly EntryFileInfo[]) => Promise<IndexChanges>, options: { rebuild?: boolean } = {}): Promise<IndexSnapshot> {
    try {
      return await this.updateLocked(plan, options.rebuild ?? false);
    } catch (error) {
      // A side file that looked whole but was not (found while copying or merging it): start again from nothing.
      if (!(error instanceof IndexUnusableError) || options.rebuild) throw error;
      return this.updateLocked(plan, true);
    }
  }

  private async updateLocked(plan: (held: readonly EntryFileInfo[]) => Promise<IndexChanges>, rebuild: boolean): Promise<IndexSnapshot> {
    await ensurePrivateFolder(this.dir);
    const [{ lockIndex }, { writeChanges }] = await Promise.all([import('./index-lock.js'), import('./index-writer.js')]);
    const release = await lockIndex(this.file, this.notify);
    try {
      const document = await openIndexDocument(this.file, this.mindlines);
      const usable = !rebuild && document.loaded && this.sideFilesOk(document.loaded) ? document.loaded : undefined;
      const held = usable ?? emptyIndex(this.mindlines);
      const changes = await plan(held.rows.all());
      if (usable && changes.put.length === 0 && changes.removed.length === 0) {
        // Nothing to store, but a folder came or went (an empty one): record it, or every check would list again.
        const folders = (stamp: { folders: { path: string }[] }) => stamp.folders.map((f) => f.path).join('\n');
        if (folders(changes.stamp) !== folders(usable.data.listing)) await document.write({ ...usable.data, listing: changes.stamp });
        return new StoredSnapshot(this.dir, usable);
      }
      const next = await writeChanges(this.dir, held, changes, this.mindlines);
      await document.write(next.data);
      const { segments, heads, rows } = next.data;
      const keep = [...segments.map((s) => segmentFile(this.dir, s.id)), headsFile(this.dir, heads), rowsFile(this.dir, rows.id)];
      await sweepSideFiles(this.dir, new Set(keep.map((file) => path.basename(file))));
      return new StoredSnapshot(this.dir, next);
    } finally {
      await release().catch(() => undefined);
    }
  }

  /** Whether the side files index.json names are there, whole, and the ones it means. */
  private sideFilesOk({ data }: Loaded): boolean {
    if (data.headsBytes > 0 && !sideFileOk(headsFile(this.dir, data.heads), headsHeader(data.heads), data.headsBytes)) return false;
    return data.segments.every((s) => sideFileOk(segmentFile(this.dir, s.id), `${SEGMENT_HEADER} ${s.id} `, s.bytes));
  }
}
