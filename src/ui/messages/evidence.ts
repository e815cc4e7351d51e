const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;

/** Evidence files: attach, the bundle, and what check says about them (issue 18). */
export const evidenceMessages = {
  attachNoFiles: 'give the files to attach after the entry: mindlines attach ID FILE…',
  attachMissing: (file: string) => `${file}: no such file`,
  attachNotAFile: (file: string) => `${file} is not a regular file (a folder or a link); give the file itself`,
  attachTooLarge: (file: string, max: number) => `${file} is larger than ${Math.round(max / 1024 / 1024)} MB; attach a smaller copy`,
  attached: (count: number, entry: string) => `Attached ${files(count)} to ${entry}.`,
  attachedAlready: (from: string, name: string) => `${from} is already attached as ${name}; not copied again.`,
  attachUnchecked: (from: string, reason: string) => {
    switch (reason) {
      case 'image':
        return `${from} is an image or a scan: mindlines cannot read it for patient details, so check it yourself before you share it.`;
      case 'pdf-no-extractor':
        return `${from}: the PDF's text could not be checked for patient details because pdftotext is not installed (apt install poppler-utils, brew install poppler); check it yourself.`;
      case 'pdf-no-text':
        return `${from} is a PDF without text (a scan?): mindlines cannot read it for patient details, so check it yourself.`;
      default:
        return `${from}: mindlines cannot read this kind of file for patient details; check it yourself before you share it.`;
    }
  },
  attachFindings: (count: number) =>
    `The privacy check found ${count} possible ${count === 1 ? 'identifier' : 'identifiers'} in the attached ${count === 1 ? 'file' : 'files'} (listed above); the copy is kept, but an export bundle will refuse it until it is redacted.`,
  attachmentLine: (name: string, size: string, sha: string) => `attachment: ${name} (${size}, sha256 ${sha.slice(0, 12)})`,
  bundleWhat: 'the evidence bundle',
  bundleWithOutput: '--bundle writes the report inside the zip; give --bundle FILE.zip or -o FILE, not both',
  bundleAttachmentProblems: (count: number) => `${count} ${count === 1 ? 'attachment is' : 'attachments are'} missing or changed (above); the bundle was not written`,
  bundleAttachmentProblemsHint: 'run `mindlines check` to see every attachment that needs attention',
  bundleWritten: (file: string, entries: number, attachments: number) =>
    `Wrote ${file}: the report of ${entries} ${entries === 1 ? 'entry' : 'entries'} and ${files(attachments)} of evidence.`,
} as const;
