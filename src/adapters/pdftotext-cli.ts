import { spawn } from 'node:child_process';
import type { PdfText } from '../core/evidence/ports.js';

/**
 * A PDF's text through poppler's `pdftotext` (`pdftotext -q -enc UTF-8 - -`, the PDF on stdin), or why there is
 * none: pdftotext is not installed (spawning it fails with ENOENT), or it could not read the file.
 */
export const pdftotextCli: PdfText = {
  extract: (bytes) =>
    new Promise((resolve) => {
      let child;
      try {
        child = spawn('pdftotext', ['-q', '-enc', 'UTF-8', '-', '-'], { stdio: ['pipe', 'pipe', 'ignore'] });
      } catch {
        resolve({ ok: false, reason: 'not-installed' });
        return;
      }
      const chunks: Buffer[] = [];
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      let missing = false;
      child.on('error', (error: NodeJS.ErrnoException) => {
        missing = error.code === 'ENOENT';
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
        else resolve({ ok: false, reason: missing ? 'not-installed' : 'unreadable' });
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(Buffer.from(bytes));
    }),
};
