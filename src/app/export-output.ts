import path from 'node:path';
import type { LocalFiles } from '../core/workspace-ports.js';
import { StorageError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';

const EXTENSIONS: Record<string, string> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.json': 'json', '.csv': 'csv', '.docx': 'docx' };

/** The format an `-o FILE` name implies (summary.docx → docx), when --format was not given. */
export function formatFromFileName(file: string | undefined): string | undefined {
  return file ? EXTENSIONS[path.extname(file).toLowerCase()] : undefined;
}

/**
 * Where `-o FILE` points, made absolute against the working folder. An export never lands among the journal's
 * entries (or on its config), where it could replace a reflection.
 */
export function outputPath(file: string, cwd: string, journalRoot: string): string {
  const target = path.resolve(cwd, file);
  const rel = path.relative(journalRoot, target).split(path.sep).join('/');
  const inside = rel !== '' && !rel.startsWith('../') && rel !== '..' && !path.isAbsolute(rel);
  if (inside && (rel === 'mindlines.yaml' || /^(entries|private|\.mindlines|\.git)(\/|$)/.test(rel))) {
    throw new UsageError(messages.outputInsideEntries(file));
  }
  return target;
}

/**
 * Writes an export to the file the person named, atomically (temp file, fsync, rename), so an earlier export is
 * never left half-overwritten; an existing file is replaced only with `force`.
 */
export async function saveExport(files: LocalFiles, target: string, content: string | Buffer, options: { force?: boolean | undefined } = {}): Promise<void> {
  if (!options.force && files.exists(target)) {
    throw new UsageError(messages.outputExists(target), { hint: messages.outputExistsHint });
  }
  try {
    await files.write(target, content);
  } catch (error) {
    throw new StorageError(target, messages.writeFailed(target, error), { cause: error });
  }
}
