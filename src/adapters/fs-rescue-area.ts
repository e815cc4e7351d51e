import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeUtf8OrThrow } from '../codecs/utf8.js';
import type { RescueArea, RescuedText } from '../core/ports.js';
import { EntryNotFoundError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { RESCUED_FOLDER } from './fs-debris.js';
import { journalPaths } from './fs-journal-paths.js';

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * `.mindlines/rescued/`: one folder per rescue, holding the text (and, for an interrupted write, `origin.json`
 * naming the entry it was going to become). Editor folders are named `<pid>-<hex>` (editor-launcher.ts), debris
 * folders `<time>-debris-<hex>` (fs-debris.ts).
 */
export class FsRescueArea implements RescueArea {
  private readonly dir: string;

  constructor(private readonly root: string) {
    this.dir = path.join(root, RESCUED_FOLDER);
  }

  async list(): Promise<RescuedText[]> {
    let names: string[];
    try {
      journalPaths(this.root).assertRealFolders(path.join(this.dir, 'any'));
      names = await fs.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const items: RescuedText[] = [];
    for (const name of names.sort()) {
      const item = await this.describe(name).catch(() => undefined);
      if (item) items.push(item);
    }
    return items.sort((a, b) => a.saved.localeCompare(b.saved) || a.ref.localeCompare(b.ref));
  }

  private async describe(ref: string): Promise<RescuedText | undefined> {
    const folder = path.join(this.dir, ref);
    const stat = await fs.lstat(folder);
    if (!stat.isDirectory()) return undefined;
    const files = (await fs.readdir(folder)).filter((n) => n !== 'origin.json');
    const text = files[0];
    if (!text) return undefined;
    const file = path.join(folder, text);
    const textStat = await fs.lstat(file);
    if (!textStat.isFile()) return undefined;
    const origin = await fs
      .readFile(path.join(folder, 'origin.json'), 'utf8')
      .then((json) => JSON.parse(json) as { path?: unknown })
      .catch(() => undefined);
    return {
      ref,
      kind: origin ? 'interrupted-write' : 'editor',
      file: toPosix(path.relative(this.root, file)),
      origin: typeof origin?.path === 'string' ? origin.path : undefined,
      saved: textStat.mtime.toISOString(),
      size: textStat.size,
    };
  }

  private async find(ref: string): Promise<RescuedText> {
    const found = (await this.list()).find((item) => item.ref === ref);
    if (!found) throw new EntryNotFoundError(messages.recoverNotFound(ref), { hint: messages.recoverNotFoundHint });
    return found;
  }

  async read(ref: string): Promise<string> {
    const item = await this.find(ref);
    return decodeUtf8OrThrow(await fs.readFile(path.join(this.root, item.file)));
  }

  async discard(ref: string): Promise<void> {
    const item = await this.find(ref);
    await fs.rm(path.join(this.dir, item.ref), { recursive: true, force: true });
  }
}
