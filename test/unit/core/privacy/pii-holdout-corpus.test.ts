import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHoldout, scoreSpans, type HoldoutDoc, type SpanFinding } from '../../../helpers/pii-span-score.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const docs = loadHoldout();

/** The text a label points at, across lines when the span wraps. */
function labelled(doc: HoldoutDoc, span: HoldoutDoc['spans'][number]): string {
  const lines = doc.text.split('\n');
  if (!span.endLine) return (lines[span.line - 1] ?? '').slice(span.start, span.end);
  return [(lines[span.line - 1] ?? '').slice(span.start), ...lines.slice(span.line, span.endLine - 1), (lines[span.endLine - 1] ?? '').slice(0, span.end)].join('\n');
}

const digits = (text: string) => text.replace(/\D/g, '');
const mod11 = (ten: string) => [...ten].reduce((sum, d, i) => sum + Number(d) * (10 - i), 0) % 11 === 0;
const luhn = (number: string) =>
  [...number].reverse().reduce((sum, c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    return sum + (d > 9 ? d - 9 : d);
  }, 0) % 10 === 0;
const spansOf = (kind: string) => docs.flatMap((doc) => doc.spans.filter((s) => s.kind === kind));

describe('the held-out identifier corpus', () => {
  it('is exactly what its generator makes from the committed seed', () => {
    const out = execFileSync(process.execPath, ['scripts/build-pii-holdout.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  it('has 400 documents of 3 to 15 lines, each label pointing at its planted text and no clean line holding a span', () => {
    expect(docs).toHaveLength(400);
    for (const doc of docs) {
      const lineCount = doc.text.replace(/\n$/, '').split('\n').length;
      expect(lineCount, doc.file).toBeGreaterThanOrEqual(3);
      expect(lineCount, doc.file).toBeLessThanOrEqual(15);
      for (const span of doc.spans) expect(labelled(doc, span), `${doc.file}:${span.line}`).toBe(span.text);
      for (const line of doc.clean) {
        expect(doc.spans.some((s) => s.line <= line && line <= (s.endLine ?? s.line)), `${doc.file}:${line}`).toBe(false);
      }
    }
  });

  it('plants only synthetic numbers that are valid by their own rules', () => {
    for (const s of spansOf('nhs-number')) expect(mod11(digits(s.text)), s.form).toBe(true);
    for (const s of spansOf('hc-number')) expect(mod11(digits(s.text)) && /^3[2-9]/.test(digits(s.text))).toBe(true);
    for (const s of spansOf('chi-number')) {
      const d = digits(s.text);
      expect(mod11(d)).toBe(true);
      expect(Number(d.slice(0, 2))).toBeGreaterThanOrEqual(1);
      expect(Number(d.slice(2, 4))).toBeLessThanOrEqual(12);
    }
    for (const s of spansOf('ihi')) {
      const d = digits(s.text);
      expect(mod11(d.length === 18 ? d.slice(7, 17) : d)).toBe(true);
    }
    for (const s of spansOf('ohip')) expect(luhn(digits(s.text).slice(0, 10))).toBe(true);
    for (const s of spansOf('medicare')) {
      const d = digits(s.text);
      const sum = [1, 3, 7, 9, 1, 3, 7, 9].reduce((total, w, i) => total + w * Number(d[i]), 0);
      expect(sum % 10).toBe(Number(d[8]));
    }
    // Ofcom's, ACMA's and the North American drama ranges, with +44 / +61 written as the national 0.
    const dramaRanges =
      /^07700900\d{3}$|^0(?:11[3-8]|121|131|141|151|161)4960\d{3}$|^01914980\d{3}$|^02079460\d{3}$|^02896496\d{3}$|^02920180\d{3}$|^01632960\d{3}$|^049157\d{4}$|^0[2378](?:5550|7010)\d{4}$|^1?\d{3}55501\d{2}$/;
    for (const s of spansOf('phone')) {
      const d = digits(s.text);
      const national = s.form === 'ca-phone' ? d : s.form.startsWith('au') ? d.replace(/^61/, '0') : d.replace(/^440?/, '0');
      expect(national, s.form).toMatch(dramaRanges);
    }
    for (const s of spansOf('ca-postcode')) expect(s.text.toUpperCase()).toMatch(/^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d$/);
    for (const s of spansOf('eircode')) expect(s.text.toUpperCase()).toMatch(/^(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$/);
  });

  it('keeps at least 40% of its lines clean but tricky, and names most people with names the lexicon never saw', () => {
    const lines = docs.reduce((n, doc) => n + doc.text.split('\n').filter((l) => l.trim()).length, 0);
    const tricky = docs.reduce((n, doc) => n + doc.tricky.length, 0);
    expect(tricky / lines).toBeGreaterThanOrEqual(0.4);
    const names = spansOf('person-name').filter((s) => s.form !== 'initials-age-sex');
    expect(names.filter((s) => s.heldOut).length / names.length).toBeGreaterThanOrEqual(0.5);
  });
});

describe('span scoring', () => {
  const fromLabels = (text: string, file: string): SpanFinding[] =>
    (docs.find((d) => d.file === file)?.spans ?? []).map((s) => ({ line: s.line, column: s.start + 1, text: s.text, kind: s.kind }));

  it('gives a detector that finds exactly the planted spans full recall and no false positives', () => {
    const score = scoreSpans(fromLabels, { docs });
    expect(score.recall).toBe(1);
    expect(score.falsePositiveRate).toBe(0);
    for (const [kind, tally] of Object.entries(score.perKind)) expect(tally.kindRecall, kind).toBe(1);
  });

  it('counts a finding that only overlaps a span as found, and one of another kind as found but not the same kind', () => {
    const shifted = (text: string, file: string) => fromLabels(text, file).map((f) => ({ ...f, column: f.column + 1, length: 1, kind: 'other' }));
    const score = scoreSpans(shifted, { docs });
    expect(score.recall).toBe(1);
    expect(Object.values(score.perKind).every((t) => t.kindRecall === 0)).toBe(true);
  });

  it('scores a detector that finds nothing at zero recall, and one that flags every line at a false-positive rate of 1', () => {
    expect(scoreSpans(() => [], { docs }).recall).toBe(0);
    const everyLine = (text: string) => text.split('\n').map((_, i) => ({ line: i + 1, column: 1, length: 1 }));
    const score = scoreSpans(everyLine, { docs });
    expect(score.falsePositiveRate).toBe(1);
    expect(score.falsePositives.join('\n')).not.toMatch(/\d{3}[ .-]?\d{3}[ .-]?\d{4}/);
  });

  it('keeps only the confidences asked for', () => {
    const lowOnly = (text: string, file: string) => fromLabels(text, file).map((f) => ({ ...f, confidence: 'low' }));
    expect(scoreSpans(lowOnly, { docs, confidences: ['medium', 'high'] }).recall).toBe(0);
  });
});
