import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { evidenceText } from '../../../../src/app/attach.js';
import { pdftotextCli } from '../../../../src/adapters/pdftotext-cli.js';
import { docxText } from '../../../../src/codecs/docx-text.js';
import { attachmentFolder, attachmentsOf, evidenceKind, freeName, safeAttachmentName } from '../../../../src/core/evidence/attachments.js';
import { tinyPdf } from '../../../helpers/tiny-pdf.js';

const noPdftotext = { extract: async () => ({ ok: false as const, reason: 'not-installed' as const }) };

describe('where evidence files go and what they are called', () => {
  it('keeps a private entry’s files under private/, everyone else’s under attachments/', () => {
    expect(attachmentFolder({ path: 'entries/2026/05/x-7f3k.md', id: '01jd0000000000000000007f3k' })).toBe('attachments/01JD0000000000000000007F3K');
    expect(attachmentFolder({ path: 'private/2026/05/x.md', id: '01JD0000000000000000007F3K' })).toBe('private/attachments/01JD0000000000000000007F3K');
  });

  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\me\\cert.pdf', 'cert.pdf'],
    ['report\u0000<1>?.pdf', 'report_<1>_.pdf'.replace(/[<>]/g, '_')],
    ['CON.txt', 'CON_.txt'],
    ['notes. ', 'notes'],
    ['.hidden', 'hidden'],
    ['', 'attachment'],
    [`${'a'.repeat(300)}.pdf`, `${'a'.repeat(116)}.pdf`],
    ['Cafe\u0301.pdf', 'Café.pdf'],
  ])('names %j safely as %j', (given, safe) => expect(safeAttachmentName(given)).toBe(safe));

  it('gives a new file a free name, comparing names without case', () => {
    expect(freeName('cert.pdf', ['other.pdf'])).toBe('cert.pdf');
    expect(freeName('cert.pdf', ['CERT.pdf', 'cert-2.pdf'])).toBe('cert-3.pdf');
  });

  it('reads only well-formed records from the front matter', () => {
    expect(attachmentsOf({ attachments: [{ name: 'a.pdf', size: 3, sha256: 'AB' }, { name: 'b.pdf' }, 'c.pdf'] })).toEqual([{ name: 'a.pdf', size: 3, sha256: 'ab' }]);
    expect(attachmentsOf({})).toEqual([]);
  });
});

describe('what the privacy check can read in evidence', () => {
  it('tells text, PDFs, Word files and images apart by their bytes', () => {
    expect(evidenceKind('letter.txt', strToU8('Dear colleague'))).toBe('text');
    expect(evidenceKind('cert.pdf', tinyPdf(['x']))).toBe('pdf');
    expect(evidenceKind('scan.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image');
    expect(evidenceKind('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('image');
    expect(evidenceKind('data.bin', new Uint8Array([1, 0, 2, 3]))).toBe('other');
  });

  it('reads a Word file’s paragraphs', () => {
    const xml = '<w:document><w:body><w:p><w:r><w:t>Feedback from Mrs Jones</w:t></w:r></w:p><w:p><w:r><w:t>R&amp;D</w:t></w:r></w:p></w:body></w:document>';
    const docx = zipSync({ 'word/document.xml': strToU8(xml), '[Content_Types].xml': strToU8('<Types/>') });
    expect(docxText(docx)).toBe('Feedback from Mrs Jones\nR&D\n');
    expect(docxText(strToU8('not a zip'))).toBeUndefined();
  });

  it('says a PDF could not be checked when pdftotext is not installed, and an image never can be', async () => {
    expect(await evidenceText('cert.pdf', tinyPdf(['NHS 943 476 5919']), noPdftotext)).toEqual({ reason: 'pdf-no-extractor' });
    expect(await evidenceText('scan.jpg', new Uint8Array([0xff, 0xd8, 0xff]), noPdftotext)).toEqual({ reason: 'image' });
  });

  it('finds pdftotext missing from the PATH instead of failing', async () => {
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(await pdftotextCli.extract(tinyPdf(['x']))).toEqual({ ok: false, reason: 'not-installed' });
    } finally {
      process.env.PATH = saved;
    }
  });
});
