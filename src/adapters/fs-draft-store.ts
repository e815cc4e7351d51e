import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseDraft, serializeDraft } from '../codecs/draft-file.js';
import { formatTimestamp } from '../codecs/dates.js';
import type { Draft, DraftStore } from '../core/reflection/draft.js';
import type { Clock } from '../core/ports.js';
import { EntryNotFoundError, StorageError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { replaceFile } from './atomic-file.js';
import { journalPaths } from './fs-journal-paths.js';
import { ensurePrivateFolder, LOCAL_FOLDER } from './private-folder.js';

/** Drafts as YAML files in `<journal>/.mindlines/drafts/` (0700 folder, 0600 files), replaced atomically. */
export class FsDraftStore implements DraftStore {
  readonly dir: string;

  constructor(
    private readonly root: string,
    private readonly clock: Clock,
  ) {
    this.dir = path.join(root, LOCAL_FOLDER, 'drafts');
  }

  private fileOf(id: string): string {
    if (!/^[0-9A-Z]{26}$/.test(id)) throw new UsageError(messages.draftBadId(id));
    return path.join(this.dir, `${id}.yaml`);
  }

  async list(): Promise<{ drafts: Draft[]; problems: { file: string; message: string }[] }> {
    let names: string[];
    try {
      journalPaths(this.root).assertRealFolders(path.join(this.dir, 'any.yaml'));
      names = await fs.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { drafts: [], problems: [] };
      throw error;
    }
    const drafts: Draft[] = [];
    const problems: { file: string; message: string }[] = [];
    for (const name of names.filter((n) => n.endsWith('.yaml') && !n.startsWith('.')).sort()) {
      const rel = path.posix.join(LOCAL_FOLDER, 'drafts', name);
      const parsed = parseDraft(await fs.readFile(path.join(this.dir, name), 'utf8'));
      if (parsed.ok) drafts.push(parsed.draft);
      else problems.push({ file: `${rel}:${parsed.line}`, message: parsed.message });
    }
    // Most recently touched first: the one you were just writing is the one you want back.
    drafts.sort((a, b) => b.updated.localeCompare(a.updated) || b.id.localeCompare(a.id));
    return { drafts, problems };
  }

  async get(ref: string): Promise<Draft> {
    const wanted = ref.trim().toUpperCase();
    const { drafts } = await this.list();
    const matches = drafts.filter((d) => d.id.startsWith(wanted) || d.id.toLowerCase().endsWith(ref.trim().toLowerCase()));
    if (matches.length === 1) return matches[0] as Draft;
    if (matches.length > 1) throw new UsageError(messages.draftAmbiguous(ref, matches.length));
    throw new EntryNotFoundError(messages.draftNotFound(ref), { hint: messages.draftNotFoundHint });
  }

  async save(draft: Draft): Promise<void> {
    draft.updated = formatTimestamp(this.clock.now());
    const file = this.fileOf(draft.id);
    try {
      await ensurePrivateFolder(path.join(this.root, LOCAL_FOLDER));
      await ensurePrivateFolder(this.dir);
      await replaceFile(file, serializeDraft(draft));
    } catch (error) {
      throw new StorageError(file, messages.draftWriteFailed(error), { cause: error });
    }
  }

  async discard(id: string): Promise<void> {
    await fs.unlink(this.fileOf(id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
