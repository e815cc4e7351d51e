import { shortId } from '../entries/short-id.js';

/** What an entry records about a file attached to it (`attachments:` in its front matter). */
export interface Attachment {
  /** The file's name in the entry's attachment folder. */
  name: string;
  size: number;
  /** Hex SHA-256 of its bytes: `check` and the bundle notice a copy that changed. */
  sha256: string;
}

/** The folder inside the journal where an entry's attachments are kept (private ones stay under git-ignored private/). */
export const ATTACHMENTS_FOLDER = 'attachments';

/**
 * Where an entry's attachments live, relative to the journal: `attachments/<id>/`, or for an entry under
 * `private/` (a private entry in a team journal) beside it in `private/attachments/<id>/`, so they are never
 * committed either.
 */
export function attachmentFolder(entry: { path: string; id: string }): string {
  const root = entry.path.startsWith('private/') ? `private/${ATTACHMENTS_FOLDER}` : ATTACHMENTS_FOLDER;
  return `${root}/${entry.id.toUpperCase()}`;
}

/** The attachments an entry's front matter records; items that are not `{name, size, sha256}` are left out. */
export function attachmentsOf(frontMatter: Record<string, unknown>): Attachment[] {
  const value = frontMatter.attachments;
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const a = item as Partial<Attachment> | null;
    if (!a || typeof a.name !== 'string' || typeof a.size !== 'number' || typeof a.sha256 !== 'string') return [];
    return [{ name: a.name, size: a.size, sha256: a.sha256.toLowerCase() }];
  });
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_NAME_BYTES = 120;

/**
 * A file name that is safe in the journal on every system (RELIABILITY.md section 2): the last part of the path,
 * NFC, without control characters, path separators or `<>:"|?*`, no trailing dots or spaces, no device names, at
 * most 120 bytes with its extension kept. Never empty.
 */
export function safeAttachmentName(input: string): string {
  const base = input.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let name = base.normalize('NFC').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/[. ]+$/, '').replace(/^\.+/, '');
  const dot = name.lastIndexOf('.');
  let stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem}_`;
  while (Buffer.byteLength(stem + ext, 'utf8') > MAX_NAME_BYTES && stem.length > 1) stem = stem.slice(0, -1);
  name = `${stem}${ext}`;
  return name && stem ? name : `attachment${ext}`;
}

/**
 * The name a new file gets beside `taken` ones: its own, or `name-2.ext`, `name-3.ext`… when another file already
 * has it (compared without case, as macOS and Windows do).
 */
export function freeName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}${ext}`.toLowerCase())) return `${stem}-${n}${ext}`;
}

/** What can be known about a file's words before it goes in: text, a PDF's text layer, a Word file's XML, or nothing. */
export type EvidenceKind = 'text' | 'pdf' | 'docx' | 'image' | 'other';

/** Tells the kind from the first bytes (and the name, for text). */
export function evidenceKind(name: string, bytes: Uint8Array): EvidenceKind {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.toString('latin1').startsWith('%PDF-')) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && /\.docx$/i.test(name)) return 'docx';
  const image =
    (head[0] === 0xff && head[1] === 0xd8) || // JPEG
    head.toString('latin1', 1, 4) === 'PNG' ||
    head.toString('latin1', 0, 3) === 'GIF' ||
    head.toString('latin1', 0, 2) === 'II' ||
    head.toString('latin1', 0, 2) === 'MM' || // TIFF, as scanners write
    /\.(heic|heif|webp|bmp|jpe?g|png|gif|tiff?)$/i.test(name);
  if (image) return 'image';
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) return 'other';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length < bytes.length ? sample.subarray(0, lastCompleteChar(sample)) : sample);
    return 'text';
  } catch {
    return 'other';
  }
}

/** The length of `bytes` without a UTF-8 character cut off at its end. */
function lastCompleteChar(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back] as number;
    if ((byte & 0xc0) === 0xc0) return end - back;
    if ((byte & 0x80) === 0) return end;
  }
  return end;
}

/** An entry's folder name inside a bundle: the entry's file name without `.md` (`2026-05-12-wound-care-7f3k`). */
export function bundleFolderOf(entry: { path: string; id: string; date: string }): string {
  const file = entry.path.split('/').pop() ?? '';
  return /\.md$/.test(file) ? file.replace(/\.md$/, '') : `${entry.date}-${shortId(entry.id)}`;
}
