import { inflateRawSync } from 'node:zlib';

/** How a file's text was read, for messages. */
export type TextFormat = 'utf-8' | 'utf-16' | 'docx';

/** A file's text and how it was read; undefined for a binary file with no text mindlines can read. */
export type DocumentText = { text: string; format: TextFormat } | undefined;

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
// The parts of a Word document that hold what people type: the body, notes, comments, headers and footers, and
// the document properties (title, author).
const DOCX_PARTS = /^(?:word\/(?:document|footnotes|endnotes|comments|header\d*|footer\d*)\.xml|docProps\/core\.xml)$/;

/** The entries of a zip archive (a .docx is one) whose names match, inflated; [] when it is not a readable zip. */
function zipEntries(bytes: Buffer, wanted: RegExp): { name: string; data: Buffer }[] {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const out: { name: string; data: Buffer }[] = [];
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (bytes.readUInt32LE(at) !== ZIP_CENTRAL) break;
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    if (!wanted.test(name) || local + 30 > bytes.length || bytes.readUInt32LE(local) !== ZIP_LOCAL) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + size);
    try {
      out.push({ name, data: method === 0 ? raw : inflateRawSync(raw) });
    } catch {
      // A damaged part is skipped; the others are still read.
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of WordprocessingML: runs joined, a line per paragraph, tabs and breaks kept. */
function wordXmlText(xml: string): string {
  return xml
    .replace(/<w:tab\/>|<w:tab [^>]*\/>/g, '\t')
    .replace(/<w:br\/>|<w:br [^>]*\/>|<\/w:p>/g, '\n')
    .replace(/<dc:(?:title|subject|creator|description)>|<cp:(?:keywords|lastModifiedBy)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);|&#(\d+);|&#x([0-9a-f]+);/gi, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
      name ? (ENTITIES[name] as string) : String.fromCodePoint(dec ? Number(dec) : parseInt(hex as string, 16)),
    );
}

/** Text from UTF-16 bytes (with a byte-order mark, or without one when every other byte is zero). */
function utf16(bytes: Buffer): string | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  let littleEndian = le;
  let body = le || be ? bytes.subarray(2) : bytes;
  if (!le && !be) {
    const sample = bytes.subarray(0, Math.min(bytes.length, 512));
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++) {
      if (sample[i] !== 0) continue;
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
    const pairs = sample.length / 2;
    if (pairs < 2 || Math.max(evenZeros, oddZeros) < pairs * 0.6 || Math.min(evenZeros, oddZeros) > pairs * 0.1) return undefined;
    littleEndian = oddZeros > evenZeros;
    body = bytes;
  }
  if (littleEndian) return body.toString('utf16le');
  const swapped = Buffer.from(body.subarray(0, body.length - (body.length % 2)));
  swapped.swap16();
  return swapped.toString('utf16le');
}

/**
 * The text of a file as the pre-commit hook must scan it (issue 13): UTF-8 (with or without a BOM), UTF-16 (either
 * byte order), and the text of a Word document (.docx). A file with NUL bytes that is none of these is binary:
 * undefined.
 */
export function documentText(bytes: Buffer, name: string): DocumentText {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP_LOCAL) {
    const parts = zipEntries(bytes, DOCX_PARTS);
    if (parts.length > 0 || /\.docx$/i.test(name)) return { text: parts.map((p) => wordXmlText(p.data.toString('utf8'))).join('\n'), format: 'docx' };
    return undefined;
  }
  const wide = utf16(bytes);
  if (wide !== undefined) return { text: wide, format: 'utf-16' };
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  return { text: bytes.toString('utf8'), format: 'utf-8' };
}
