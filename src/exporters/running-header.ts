import type { CpdReport } from '../core/cpd/cpd-report.js';
import { labels } from './labels.js';

/** What every printed page of a CPD document carries, above and below its content. */
export interface RunningHeader {
  /** Whose evidence it is: "Sam Nurse · NMC PIN 12A3456E" (the journal's name when no registrant is set). */
  who: string;
  /** What the document is: its title. */
  what: string;
  /** The period it covers, at the foot of the page beside the page number. */
  period: string;
}

export function runningHeader(report: CpdReport, title: string): RunningHeader {
  const { name, registrationNumber, numberLabel } = report.registrant;
  const number = registrationNumber ? `${numberLabel ?? labels.registrationNumber} ${registrationNumber}` : '';
  return {
    who: [name, number].filter(Boolean).join(' · ') || report.journal,
    what: title,
    period: labels.periodText(report.period.from, report.period.to, report.period.label),
  };
}

/**
 * Text as a CSS string literal. Every character that is not a letter, digit, space or plain punctuation becomes a
 * CSS escape, so nothing in a name can end the string, the rule or the <style> element around it.
 */
export function cssString(text: string): string {
  const escaped = [...text].map((ch) => (/^[\p{L}\p{N} .,:;()'-]$/u.test(ch) && ch !== '\\' ? ch : `\\${(ch.codePointAt(0) as number).toString(16)} `)).join('');
  return `"${escaped}"`;
}

/**
 * The page margin boxes of CSS Paged Media: who and what at the top of every printed page, the period and "page X
 * of Y" at the foot. Chromium-family browsers (131 and later) print them, both when a person prints the HTML and
 * when mindlines prints the PDF; on screen they are not shown (the header at the top of the page says the same).
 */
export function runningHeaderCss(header: RunningHeader): string {
  const box = 'font: 8pt system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #57606a;';
  return `@page {
  @top-left { content: ${cssString(header.who)}; ${box} }
  @top-right { content: ${cssString(header.what)}; ${box} }
  @bottom-left { content: ${cssString(header.period)}; ${box} }
  @bottom-right { content: ${cssString(labels.pageWord)} " " counter(page) " " ${cssString(labels.ofWord)} " " counter(pages); ${box} }
}`;
}
