import path from 'node:path';
import type { LocalFiles } from '../core/workspace-ports.js';
import { StorageError, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';

const EXTENSIONS: Record<string, string> = {
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.csv': 'csv',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The format an `-o FILE` name implies (summary.docx → docx), when --format was not given. */
export function formatFromFileName(file: string | undefined): string | undefined {
  return file ? EXTENSIONS[path.extname(file).toLowerCase()] : undefined;
}

/**
 * Picks an export's format (--format, else the -o file's extension, else `fallback`) and checks the file name
 * agrees with it, so a file is never written in a format its name does not say: `-o report.doc` (a format mindlines
 * does not write) and `--format md -o report.html` stop with a usage error before anything is read or written. A
 * name without an extension takes any format.
 */
export function chooseFormat<F extends string>(opts: { format?: string | undefined; output?: string | undefined }, known: readonly F[], fallback: F): F {
  const extension = opts.output ? path.extname(opts.output).toLowerCase() : '';
  const implied = extension ? EXTENSIONS[extension] : undefined;
  const names = (formats: readonly string[]) => formats.map((f) => `.${f}`);
  if (extension && (implied === undefined || !known.includes(implied as F))) {
    throw new UsageError(messages.unknownExtension(opts.output as string, extension, names(known)), { hint: messages.unknownExtensionHint(opts.output as string, known) });
  }
  const format = opts.format ?? implied ?? fallback;
  if (!known.includes(format as F)) throw new UsageError(messages.badFormat('--format', format, known));
  if (implied !== undefined && implied !== format) {
    throw new UsageError(messages.extensionDisagrees(opts.output as string, format), { hint: messages.extensionDisagreesHint(opts.output as string, format, implied) });
  }
  return format as F;
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
