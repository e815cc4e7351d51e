import { rewriteFrontMatter, serializeEntryText } from '../../codecs/entry-file.js';
import { formatTimestamp } from '../../codecs/dates.js';
import { EntryNotFoundError, UsageError } from '../../errors.js';
import type { ChangeRecorder, ChangeVerb } from '../history/change-log.js';
import type { Finding } from '../privacy/kinds.js';
import type { Clock, EntryStore } from '../ports.js';
import { isLockedPath, lockedEntryPath } from '../lock/locked-file.js';
import type { BuiltEntry } from '../reflection/reflection.js';
import { asciiSlug, entryPathFrom } from './entry-location.js';
import { readEntry, type Entry } from './entry.js';
import type { Visibility } from './vocabulary.js';

/**
 * node:crypto, loaded the first time a hash or random bytes are wanted: it is one of the larger built-in modules,
 * and a warm `search` or `list` never needs it.
 */
const crypto = () => process.getBuiltinModule('node:crypto');

/** What is about to be written: the whole text of an entry file and the journal-relative path it will have. */
export interface PendingWrite {
  path: string;
  text: string;
  /** A new file, a file's new text, or the same text under a new name (a rename or a visibility move). */
  action: 'create' | 'replace' | 'move';
  /** The entry's id, when the writer knows it (to keep refused text under it). */
  id?: string;
}

/**
 * Runs on everything the writer is about to write, before it is written: the privacy check on the text and on the
 * file name (a slug made from a title can hold a name). It reports what it finds; what a finding then does (warn
 * at capture, refuse under --strict) is the privacy policy's to decide (issue 13), and a guard may throw to refuse.
 */
export interface WriteGuard {
  check(write: PendingWrite): Promise<Finding[]>;
  /** The title with every identifier taken out, for the file name (issue 13); the title itself when absent. */
  fileTitle?(title: string): Promise<string>;
}

/**
 * What the person capturing an entry decided about the identifiers found in it (issue 13), before it is written:
 * write it as it is, replace each finding with a placeholder, keep the entry private, or write the text they edited.
 * A review that refuses throws (after keeping the text somewhere safe) and nothing is written.
 */
export type CaptureDecision = { action: 'save' } | { action: 'placeholders' } | { action: 'private' } | { action: 'edit'; text: string };

/** Asked on every capture (new, --answers, quick, reflect, edit, a review's follow-up) when the guard finds something. */
export interface CaptureReview {
  decide(findings: Finding[], write: PendingWrite): Promise<CaptureDecision>;
}

/** What a capture review changed: undefined when the text was written as given. */
export type CaptureOutcome = 'placeholders' | 'private' | 'edited' | 'kept' | undefined;

export interface WriteOptions {
  /** Asks what to do when the guard finds identifiers; without it they are only reported (the library, sync). */
  review?: CaptureReview | undefined;
}

/** An entry as written, with what the guard found in it (empty when clean). */
export interface SavedEntry {
  entry: Entry;
  findings: Finding[];
  /** What the capture review changed before writing, if anything. */
  outcome?: CaptureOutcome;
}

export interface EntryWriterDeps {
  mode: 'personal' | 'team';
  store: EntryStore;
  clock: Clock;
  guard: WriteGuard;
  /** Told of every file written, moved or removed, so the command's end can commit them (issue 17). */
  changes?: ChangeRecorder | undefined;
  /**
   * Where the entry with this id is now (journal-relative), when it is no longer at the path it was read from:
   * another process renamed or moved it while this one waited for its lock.
   */
  locate?: ((id: string) => Promise<string | undefined>) | undefined;
  /**
   * Whether an entry of this visibility is stored encrypted (issue 18: after `mindlines lock`, private ones are).
   * Its file is then `<folder>/<ID>.md.age`, and the store encrypts what is written there.
   */
  locks?: ((visibility: Visibility | undefined) => boolean) | undefined;
}

/**
 * A change to some front-matter keys, or a function that works it out from the entry as it is on disk when the
 * change is made (under the entry's lock): `actions done #2` must keep the `#1` another process just marked.
 * Returning undefined leaves the file as it is.
 */
export type FrontMatterChange = Record<string, unknown> | ((current: Entry) => Record<string, unknown> | undefined);

/** An update worked out from one version of the file (`before`): the text to write, or nothing to do. */
type PreparedUpdate = { before: string; saved: SavedEntry; after: string; unchanged?: undefined } | { before: string; unchanged: Entry; saved?: undefined; after?: undefined };

const sha256 = (text: string) => crypto().createHash('sha256').update(text).digest('hex');

/**
 * `<folder>/YYYY/MM/<date>-<slug>-<short id>.md`. The slug library (large transliteration tables) is loaded only for
 * a title that is not plain ASCII; a private entry's slug is the word `private` (RELIABILITY.md section 2).
 */
async function plainEntryPath(meta: { id: string; date: string; title: string }, folder: 'entries' | 'private'): Promise<string> {
  const slug = folder === 'private' ? 'private' : (asciiSlug(meta.title) ?? (await import('./entry-path.js')).slugOf(meta.title));
  return entryPathFrom(meta.date, slug, meta.id, folder);
}

/**
 * The one way an entry file is written: create, replace, move. Every method reads its own output back (a file we
 * write always parses) and passes the text and path through the WriteGuard first, so no command can write an entry
 * without the privacy check seeing it. Every read-modify-write runs under the entry's lock (the store's, by id),
 * reading the file afresh inside it, so two processes changing one entry never lose either change (issue 14).
 * The Journal reads; this writes.
 */
export class EntryWriter {
  constructor(private readonly deps: EntryWriterDeps) {}

  private async guarded(write: PendingWrite): Promise<Finding[]> {
    return this.deps.guard.check(write);
  }

  private noted(verb: ChangeVerb, entry: Pick<Entry, 'meta'>, ...paths: string[]): void {
    this.deps.changes?.note({ verb, paths, id: entry.meta.id, title: entry.meta.title });
  }

  /**
   * The entry as it is on disk now, wherever it is: at its path, or (after another process renamed or moved it)
   * where `locate` finds its id. Called under the entry's lock.
   */
  private async fresh(entry: Pick<Entry, 'path' | 'meta'>): Promise<{ entry: Entry; text: string }> {
    const at = async (path: string) => {
      const text = await this.deps.store.read(path);
      const result = readEntry(path, text);
      if (!result.ok) throw new UsageError(`${result.problem.path}:${result.problem.line}: ${result.problem.message}`);
      return result.entry.meta.id === entry.meta.id ? { entry: result.entry, text } : undefined;
    };
    const here = await at(entry.path).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    });
    if (here) return here;
    const moved = await this.deps.locate?.(entry.meta.id);
    const there = moved && moved !== entry.path ? await at(moved) : undefined;
    if (!there) throw new EntryNotFoundError(`${entry.path}: the entry (id ${entry.meta.id}) was moved or removed while mindlines worked on it`);
    return there;
  }

  /** Where an entry's file goes: a locked file named by its id, or `<folder>/YYYY/MM/<date>-<slug>-<short id>.md`. */
  private async pathFor(meta: { id: string; date: string; title: string }, visibility: Visibility | undefined, folder: 'entries' | 'private'): Promise<string> {
    if (this.deps.locks?.(visibility)) return lockedEntryPath(folder, meta.id);
    return this.plainPathFor(meta, folder);
  }

  /** An unlocked entry's file: its date, its title without identifiers (issue 13), its id, its visibility's folder. */
  private async plainPathFor(meta: { date: string; title: string; id: string }, folder: 'entries' | 'private'): Promise<string> {
    const title = folder === 'private' || !this.deps.guard.fileTitle ? meta.title : await this.deps.guard.fileTitle(meta.title);
    return plainEntryPath({ ...meta, title }, folder);
  }

  /**
   * The capture review (issue 13): while the guard finds identifiers and a review is given, ask it, and apply what
   * it decides (placeholders, private, the edited text) before anything is written. Returns what to write.
   */
  private async reviewed(
    start: { path: string; text: string; action: 'create' | 'replace'; id: string },
    review: CaptureReview | undefined,
    pathOf: (entry: Entry) => Promise<string>,
  ): Promise<{ path: string; text: string; entry: Entry; findings: Finding[]; outcome: CaptureOutcome }> {
    let { path, text } = start;
    let outcome: CaptureOutcome;
    for (let round = 0; ; round++) {
      const check = readEntry(path, text);
      if (!check.ok) throw new UsageError(`${path}:${check.problem.line}: ${check.problem.message}`);
      const findings = await this.guarded({ path, text, action: start.action, id: start.id });
      if (!review || findings.length === 0 || round >= 5) return { path, text, entry: check.entry, findings, outcome };
      const decision = await review.decide(findings, { path, text, action: start.action, id: start.id });
      if (decision.action === 'save') return { path, text, entry: check.entry, findings, outcome: outcome ?? 'kept' };
      if (decision.action === 'private') {
        text = rewriteFrontMatter(text, { visibility: 'private' });
        const moved = readEntry(path, text);
        if (moved.ok) path = await pathOf(moved.entry);
        return { ...(await this.reviewed({ ...start, path, text }, undefined, pathOf)), outcome: 'private' };
      }
      if (decision.action === 'placeholders') {
        const { redactEntryText } = await import('../privacy/redact.js');
        text = redactEntryText(text, findings).text;
        outcome = 'placeholders';
      } else {
        text = decision.text;
        outcome = 'edited';
      }
      const next = readEntry(path, text);
      if (next.ok) path = await pathOf(next.entry);
    }
  }

  /**
   * Writes a new entry file (never overwriting one) and returns the entry as read back from its text. With a
   * capture review, identifiers found are shown and dealt with first (issue 13).
   */
  async create(built: BuiltEntry, options: WriteOptions = {}): Promise<SavedEntry> {
    const fm = built.frontMatter;
    const meta = { date: String(fm.date), title: String(fm.title), id: String(fm.id) };
    const visibility = fm.visibility as Visibility | undefined;
    const path = await this.pathFor(meta, visibility, this.folderFor(visibility));
    const text = serializeEntryText(fm, built.body);
    // Read our own output back before writing it, so a file we write always parses.
    const check = readEntry(path, text);
    if (!check.ok) throw new UsageError(`the new entry would not be valid: ${check.problem.message}`);
    const pathOf = (entry: Entry) => this.pathFor(entry.meta, entry.meta.visibility, this.folderFor(entry.meta.visibility));
    const final = await this.reviewed({ path, text, action: 'create', id: meta.id }, options.review, pathOf);
    await this.deps.store.create(final.path, final.text);
    this.noted('add', final.entry, final.path);
    return { entry: final.entry, findings: final.findings, outcome: final.outcome };
  }

  /**
   * Changes some front-matter keys of an entry in place, leaving every other byte as it was, and stamps `updated`.
   * Under the entry's lock the file is read afresh and the change applied to what it holds then.
   */
  async updateFrontMatter(entry: Entry, change: FrontMatterChange): Promise<SavedEntry> {
    // Worked out before the lock (the privacy check loads its word lists the first time), so the lock is held only
    // to compare and rename; redone under the lock if the file changed meanwhile.
    const early = await this.fresh(entry).then(
      (current) => this.prepareUpdate(current, change),
      () => undefined,
    );
    return this.deps.store.lockEntry(entry.meta.id, () => this.updateLocked(entry, change, early));
  }

  /** The new text of an update and what the guard found in it, or `unchanged` when the change asks for nothing. */
  private async prepareUpdate(current: { entry: Entry; text: string }, change: FrontMatterChange): Promise<PreparedUpdate> {
    const changes = typeof change === 'function' ? change(current.entry) : change;
    if (!changes) return { before: current.text, unchanged: current.entry };
    const path = current.entry.path;
    const after = rewriteFrontMatter(current.text, { ...changes, updated: formatTimestamp(this.deps.clock.now()) });
    const check = readEntry(path, after);
    if (!check.ok) throw new UsageError(`the change would leave ${path} invalid: ${check.problem.message}`);
    const findings = await this.guarded({ path, text: after, action: 'replace' });
    return { before: current.text, saved: { entry: check.entry, findings }, after };
  }

  private async updateLocked(entry: Entry, change: FrontMatterChange, early?: PreparedUpdate): Promise<SavedEntry> {
    const current = await this.fresh(entry);
    const sameFile = early && early.before === current.text && (early.saved?.entry.path ?? early.unchanged?.path) === current.entry.path;
    const plan = sameFile ? early : await this.prepareUpdate(current, change);
    if (!plan.saved) return { entry: current.entry, findings: [] };
    await this.deps.store.replace(current.entry.path, plan.after, current.text);
    this.noted('update', plan.saved.entry, current.entry.path);
    return plan.saved;
  }

  /**
   * Replaces the whole text of an entry (after `edit`, or a quick note grown by `reflect`), but only if the file
   * still has the SHA-256 `expectedHash` it had when the work started (compared under the entry's lock); otherwise
   * a ConflictError, with the new text saved beside the entry so nothing is lost. The new text must parse as an
   * entry with the same id.
   */
  async replaceText(path: string, text: string, expectedHash: string, options: WriteOptions = {}): Promise<SavedEntry> {
    const check = readEntry(path, text);
    if (!check.ok) throw new UsageError(`${path}:${check.problem.line}: ${check.problem.message}`);
    // The capture review may ask the person, so it runs before the lock is taken. The file keeps its name here; a
    // changed title or visibility moves it afterwards (renameToMatch, setVisibility).
    const final = await this.reviewed({ path, text, action: 'replace', id: check.entry.meta.id }, options.review, async () => path);
    let saved: SavedEntry = await this.deps.store.lockEntry(check.entry.meta.id, async () => {
      const current = await this.fresh({ path, meta: check.entry.meta });
      const unchanged = sha256(current.text) === expectedHash;
      // The store compares the file with `expected` just before the rename; a text that cannot match makes it keep
      // the file, write our text beside it as a conflict copy, and throw.
      await this.deps.store.replace(current.entry.path, final.text, unchanged ? current.text : `${current.text}\u0000changed`);
      this.noted('update', final.entry, current.entry.path);
      return { entry: { ...final.entry, path: current.entry.path }, findings: final.findings, outcome: final.outcome };
    });
    // Kept private in a team journal: the entry moves to the git-ignored private/ folder now (under its own lock).
    if (final.outcome === 'private') saved = { ...(await this.setVisibility(saved.entry, 'private')), outcome: 'private' };
    return saved;
  }

  /** The folder an entry of this visibility belongs in: `private/` (git-ignored) for private entries in a team journal. */
  folderFor(visibility: Visibility | undefined): 'entries' | 'private' {
    return this.deps.mode === 'team' && visibility === 'private' ? 'private' : 'entries';
  }

  /**
   * Sets an entry's visibility (under its lock, like every rewrite), then moves the file to the folder that
   * visibility belongs in: in a team journal a private entry lives under git-ignored `private/`, a team or public
   * one under `entries/`. Running it again on an entry in the wrong folder moves it. The findings are those of the
   * entry where it ends up.
   */
  async setVisibility(entry: Entry, visibility: Visibility): Promise<SavedEntry & { changed: boolean; movedFrom?: string }> {
    return this.deps.store.lockEntry(entry.meta.id, async () => {
      let current: SavedEntry = { entry: (await this.fresh(entry)).entry, findings: [] };
      const changed = current.entry.meta.visibility !== visibility;
      if (changed) current = await this.updateLocked(current.entry, { visibility });
      const folder = this.folderFor(visibility);
      const locked = Boolean(this.deps.locks?.(visibility));
      if (current.entry.path.startsWith(`${folder}/`) && isLockedPath(current.entry.path) === locked) return { ...current, changed };
      const from = current.entry.path;
      const target = await this.pathFor(current.entry.meta, visibility, folder);
      const findings = await this.guarded({ path: target, text: await this.deps.store.read(from), action: 'move' });
      await this.deps.store.move(from, target);
      const moved = readEntry(target, await this.deps.store.read(target));
      if (!moved.ok) throw new UsageError(`${target}:${moved.problem.line}: ${moved.problem.message}`);
      this.noted('update', moved.entry, from, target);
      return { entry: moved.entry, findings, changed: true, movedFrom: from };
    });
  }

  /**
   * Renames an entry's file when its title or date changed, so the file name never keeps words (perhaps a name)
   * that are no longer in the entry. The id, and so the short id at the end of the name, never changes.
   */
  async renameToMatch(entry: Entry): Promise<SavedEntry> {
    // A locked entry's file name holds only its id, which never changes.
    if (isLockedPath(entry.path)) return { entry, findings: [] };
    return this.deps.store.lockEntry(entry.meta.id, async () => {
      const current = (await this.fresh(entry)).entry;
      const folder = current.path.startsWith('private/') ? 'private' : 'entries';
      const target = await this.plainPathFor(current.meta, folder);
      if (target === current.path) return { entry: current, findings: [] };
      const findings = await this.guarded({ path: target, text: await this.deps.store.read(current.path), action: 'move' });
      await this.deps.store.move(current.path, target);
      this.noted('update', current, current.path, target);
      return { entry: { ...current, path: target }, findings };
    });
  }

  /**
   * Puts back, byte for byte, the text of an entry that was rescued (`recover`): as a new file where an entry with
   * its id, date, title and visibility belongs, when no entry has that id. Checked like every other write.
   */
  async restore(text: string): Promise<SavedEntry> {
    const probe = readEntry('rescued.md', text);
    if (!probe.ok) throw new UsageError(`${probe.problem.line}: ${probe.problem.message}`);
    const meta = probe.entry.meta;
    const path = await this.pathFor(meta, meta.visibility, this.folderFor(meta.visibility));
    const findings = await this.guarded({ path, text, action: 'create' });
    await this.deps.store.create(path, text);
    this.noted('add', probe.entry, path);
    return { entry: { ...probe.entry, path }, findings };
  }

  /**
   * Removes an entry's file (`mindlines delete`). What git has of it stays in its history; the use-case makes sure
   * there is such a version before it calls this.
   */
  async remove(entry: Pick<Entry, 'meta' | 'path'>): Promise<void> {
    // Under the entry's lock, like every change to it (issue 14): not while another process rewrites it.
    await this.deps.store.lockEntry(entry.meta.id, async () => {
      await this.deps.store.remove(entry.path);
      this.noted('delete', entry, entry.path);
    });
  }

  /**
   * Writes a file that is not an entry of ours but sits among them: the other side's version of an entry that both
   * sides changed (a `.conflict-` copy, written by `sync`). Checked like every other write.
   */
  async createCopy(path: string, text: string): Promise<Finding[]> {
    const findings = await this.guarded({ path, text, action: 'create' });
    await this.deps.store.create(path, text);
    return findings;
  }

  /**
   * Turns one of two files holding the same entry id into a conflict copy at `copy` (`resolve`): its text moves
   * there, byte for byte, under the id's lock. Copies are git-ignored and never listed as entries.
   */
  async demoteToCopy(id: string, path: string, copy: string): Promise<Finding[]> {
    return this.deps.store.lockEntry(id, async () => {
      const text = await this.deps.store.read(path);
      const findings = await this.guarded({ path: copy, text, action: 'move' });
      await this.deps.store.create(copy, text);
      await this.deps.store.remove(path);
      return findings;
    });
  }

  /**
   * Runs `work` (a sync, which rewrites files through git) holding the whole journal: after any other sync has
   * finished, and once no other process is changing an entry; entry changes wait for it (issue 14).
   */
  async holdingJournal<T>(work: () => Promise<T>): Promise<T> {
    return this.deps.store.lockJournal(work);
  }

  /** Removes a conflict copy this process wrote, when the sync that wrote it could not finish. */
  async removeCopy(path: string): Promise<void> {
    await this.deps.store.remove(path);
  }
}
