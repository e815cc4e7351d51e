import { existsSync } from 'node:fs';
import path from 'node:path';
import { replaceFile } from '../adapters/atomic-file.js';
import { StorageError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { Ui } from '../ui/output.js';

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
 * Sends an export where the user asked: to a file (written atomically: temp file, fsync, rename, so an earlier
 * export is never left half-overwritten; an existing file is replaced only with `force`), or to stdout. Binary
 * formats are refused on a terminal, and text shown on one has its control characters escaped.
 */
export async function deliver(
  content: string | Buffer,
  target: string | undefined,
  ui: Ui,
  format: string,
  options: { force?: boolean | undefined } = {},
): Promise<void> {
  if (!target) {
    if (typeof content !== 'string' && ui.stdoutIsTTY) {
      throw new UsageError(messages.binaryToTerminal(format), { hint: messages.binaryToTerminalHint(format) });
    }
    ui.raw(typeof content === 'string' && ui.stdoutIsTTY ? ui.safe(content) : content);
    return;
  }
  if (!options.force && existsSync(target)) {
    throw new UsageError(messages.outputExists(target), { hint: messages.outputExistsHint });
  }
  try {
    await replaceFile(target, content);
  } catch (error) {
    throw new StorageError(target, messages.writeFailed(target, error), { cause: error });
  }
}
