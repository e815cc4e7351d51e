import { describe, expect, it } from 'vitest';
import { findIdentifiers, withoutStyleAndScript } from '../../../src/app/privacy-gate.js';
import type { Finding } from '../../../src/core/privacy/kinds.js';
import type { PrivacyScanner } from '../../../src/core/privacy/scanner.js';

// A scanner that flags every "Ben (4)": enough to see what part of a rendered page the gate lets it read.
const scanner = {
  scanText: (text: string, file: string): Finding[] =>
    [...text.matchAll(/[A-Za-z-]+ ?\(\d\)/g)].map((m) => {
      const before = text.slice(0, m.index);
      const line = before.split('\n').length;
      return { file, line, column: m.index - before.lastIndexOf('\n'), kind: 'person-name', text: m[0], confidence: 'medium' } as Finding;
    }),
  scanEntryFile: () => [],
} as unknown as PrivacyScanner;

describe('the export gate reads what a reader of the page sees', () => {
  it('does not take the style sheet of an HTML summary for text, and keeps every position', () => {
    const html = '<style>\n  table.log col:nth-child(1) { width: 8%; }\n</style>\n<p>Ben (4) on the ward</p>\n<script>x = nth-child(2)</script>';
    const blanked = withoutStyleAndScript(html);
    expect(blanked).toHaveLength(html.length);
    expect(blanked.split('\n')).toHaveLength(html.split('\n').length);
    const findings = findIdentifiers({ scanner, files: [], output: { name: '(html output)', text: html } });
    expect(findings.map((f) => [f.line, f.column, f.text])).toEqual([[4, 4, 'Ben (4)']]);
  });
});
