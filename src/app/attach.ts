import { createHash } from 'node:crypto';
import path from 'node:path';
import { docxText } from '../codecs/docx-text.js';
import type { Entry } from '../core/entries/entry.js';
import { attachmentFolder, attachmentsOf, evidenceKind, freeName, safeAttachmentName, type Attachment } from '../core/evidence/attachments.js';
import type { PdfText } from '../core/evidence/ports.js';
import type { Finding } from '../core/privacy/kinds.js';
import type { PrivacyScanner } from '../core/privacy/scanner.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { JournalPorts } from './context.js';

// issue 17: `changes`, so the files copied in are committed (and undone) with the entry that lists them.
export type AttachPorts = Pick<JournalPorts, 'cwd' | 'journal' | 'writer' | 'privacy' | 'attachmentFiles' | 'pdfText'> & Partial<Pick<JournalPorts, 'changes'>>;

/** Why the privacy check could not read a file: an image or scan, a PDF without pdftotext, a file of another kind. */
export type UncheckedReason = 'image' | 'pdf-no-extractor' | 'pdf-no-text' | 'unreadable';

export interface AttachResult {
  entry: Entry;
  /** Files copied in, with where they are now (journal-relative). */
  added: (Attachment & { path: string; from: string })[];
  /** Files that were attached already (same bytes), so nothing was copied. */
  already: (Attachment & { from: string })[];
  /** Possible identifiers found in the files' text (file = the name given). */
  findings: Finding[];
  /** Files whose words could not be checked, and why. */
  unchecked: { from: string; reason: UncheckedReason }[];
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The words of an evidence file, for the privacy check: text as it is, a PDF's text layer (pdftotext), a Word
 * file's text; or why there are none to check.
 */
export async function evidenceText(name: string, bytes: Uint8Array, pdf: PdfText): Promise<{ text: string } | { reason: UncheckedReason }> {
  const kind = evidenceKind(name, bytes);
  if (kind === 'text') return { text: Buffer.from(bytes).toString('utf8') };
  if (kind === 'image') return { reason: 'image' };
  if (kind === 'docx') {
    const text = docxText(bytes);
    return text === undefined ? { reason: 'unreadable' } : { text };
  }
  if (kind === 'pdf') {
    const read = await pdf.extract(bytes);
    if (!read.ok) return { reason: read.reason === 'not-installed' ? 'pdf-no-extractor' : 'unreadable' };
    return read.text.trim() ? { text: read.text } : { reason: 'pdf-no-text' };
  }
  return { reason: 'unreadable' };
}

/** Scans an evidence file's words, or says why it could not. */
export async function checkEvidence(scanner: PrivacyScanner, pdf: PdfText, display: string, bytes: Uint8Array): Promise<{ findings: Finding[]; unchecked?: UncheckedReason }> {
  const read = await evidenceText(display, bytes, pdf);
  if ('reason' in read) return { findings: [], unchecked: read.reason };
  return { findings: scanner.scanText(read.text, display) };
}

/**
 * `attach ID FILE…`: copies each file into the entry's attachment folder (never overwriting; a different file of
 * the same name gets `-2`), records `{name, size, sha256}` in the entry's front matter through the one write path,
 * and reports what the privacy check found in the files' text and which files it could not read. A file already
 * attached (same bytes) is not copied again. If the entry cannot be updated, the copies just made are removed.
 */
export async function attachFiles(ctx: AttachPorts, options: { ref: string; files: readonly string[] }): Promise<AttachResult> {
  if (options.files.length === 0) throw new UsageError(messages.attachNoFiles);
  const entry = await ctx.journal.find(options.ref);
  const existing = attachmentsOf(entry.frontMatter);
  const folder = attachmentFolder({ path: entry.path, id: entry.meta.id });
  const scanner = await ctx.privacy();
  const result: AttachResult = { entry, added: [], already: [], findings: [], unchecked: [] };
  const names = existing.map((a) => a.name);
  const pending: { attachment: Attachment; bytes: Uint8Array; path: string; from: string }[] = [];
  for (const given of options.files) {
    const bytes = await ctx.attachmentFiles.readSource(path.resolve(ctx.cwd, given));
    const sha256 = sha256Hex(bytes);
    const same = [...existing, ...pending.map((p) => p.attachment)].find((a) => a.sha256 === sha256);
    if (same) {
      result.already.push({ ...same, from: given });
      continue;
    }
    const checked = await checkEvidence(scanner, ctx.pdfText, given, bytes);
    result.findings.push(...checked.findings);
    if (checked.unchecked) result.unchecked.push({ from: given, reason: checked.unchecked });
    const name = freeName(safeAttachmentName(path.basename(given)), names);
    names.push(name);
    pending.push({ attachment: { name, size: bytes.length, sha256 }, bytes, path: `${folder}/${name}`, from: given });
  }
  if (pending.length === 0) return result;
  const stored: string[] = [];
  try {
    for (const file of pending) {
      await ctx.attachmentFiles.store(file.path, file.bytes);
      stored.push(file.path);
    }
    const saved = await ctx.writer.updateFrontMatter(entry, { attachments: [...existing, ...pending.map((p) => p.attachment)] });
    result.entry = saved.entry;
    ctx.changes?.note({ verb: 'update', paths: stored, id: saved.entry.meta.id, title: saved.entry.meta.title });
  } catch (error) {
    for (const file of stored) await ctx.attachmentFiles.remove(file).catch(() => undefined);
    throw error;
  }
  result.added = pending.map((p) => ({ ...p.attachment, path: p.path, from: p.from }));
  return result;
}
