import { strFromU8, unzipSync } from 'fflate';

/** Largest document.xml read for the privacy check; a bigger one is treated as not checkable. */
const MAX_XML_BYTES = 32 * 1024 * 1024;

/**
 * The words of a Word document (.docx): its `word/document.xml`, with each paragraph on a line and the XML tags and
 * entities taken out. Undefined when the file is not a readable .docx (then it cannot be checked for identifiers).
 */
export function docxText(bytes: Uint8Array): string | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' && file.originalSize <= MAX_XML_BYTES });
  } catch {
    return undefined;
  }
  const xml = files['word/document.xml'];
  if (!xml) return undefined;
  return strFromU8(xml)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
