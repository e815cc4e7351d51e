import { promises as fs, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Exposure, FileModes } from '../core/ports.js';

/**
 * The parts of a journal that hold what its owner wrote: entry files (and their names, which carry titles), the
 * private entries, the machine-local folder (index, drafts, editor text) and git's folder (every version of every
 * entry). mindlines.yaml, .gitignore and templates are settings, not records.
 */
const PRIVATE_AREAS = ['entries', 'private', '.mindlines', '.git'] as const;

/** Group and other: the two classes of "someone else" in a Unix mode. */
const CLASSES = [
  { read: 0o040, enter: 0o010 },
  { read: 0o004, enter: 0o001 },
] as const;

/**
 * File modes of one journal on the local filesystem. A file counts as exposed only when someone else can both
 * reach it (every folder above it, up to `/`, lets them in) and read it: a journal inside a 0700 home is private
 * whatever the modes inside it. Windows has no such modes: nothing is reported there.
 */
export class FsFileModes implements FileModes {
  constructor(private readonly root: string) {}

  /** For each class, whether it can get as far as the journal's root. */
  private reachRoot(): boolean[] {
    const reach = CLASSES.map(() => true);
    for (let dir = this.root; ; dir = path.dirname(dir)) {
      const mode = lstatSync(dir, { throwIfNoEntry: false })?.mode ?? 0;
      CLASSES.forEach((c, i) => (reach[i] &&= (mode & c.enter) !== 0));
      if (path.dirname(dir) === dir) return reach;
    }
  }

  async exposed(): Promise<Exposure[]> {
    if (process.platform === 'win32') return [];
    const found: Exposure[] = [];
    const rootReach = this.reachRoot();
    const visit = (absolute: string, rel: string, reach: boolean[], descend: boolean) => {
      const stat = lstatSync(absolute, { throwIfNoEntry: false });
      if (!stat || stat.isSymbolicLink()) return;
      const mode = stat.mode & 0o777;
      const folder = stat.isDirectory();
      const readable = CLASSES.some((c, i) => reach[i] && (mode & (folder ? c.read | c.enter : c.read)) !== 0);
      if (readable) found.push({ path: folder ? `${rel}/` : rel, mode });
      if (!folder || !descend) return;
      const inner = CLASSES.map((c, i) => Boolean(reach[i]) && (mode & c.enter) !== 0);
      if (!inner.some(Boolean)) return;
      for (const name of readdirSync(absolute)) visit(path.join(absolute, name), `${rel}/${name}`, inner, true);
    };
    if (!rootReach.some(Boolean)) return [];
    // git's folder is judged by itself: once it is 0700, nothing inside can be reached.
    for (const area of PRIVATE_AREAS) visit(path.join(this.root, area), area, rootReach, area !== '.git');
    return found;
  }

  async tighten(): Promise<Exposure[]> {
    const changed = await this.exposed();
    for (const item of changed) {
      const folder = item.path.endsWith('/');
      const absolute = path.join(this.root, item.path);
      await fs.chmod(absolute, folder ? 0o700 : 0o600);
    }
    return changed;
  }
}
