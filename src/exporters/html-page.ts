import { escapeHtml } from './safe-html.js';

/**
 * The page around every HTML export: one self-contained file. No script, no external font, image or stylesheet,
 * and a Content-Security-Policy that forbids the page from fetching anything at all, so opening it sends no request
 * and nothing in an entry can run. The print stylesheet lays it out on A4 with nothing cut off.
 */
export const PAGE_STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --met: #1a7f37; --unmet: #9a6700; }
* { box-sizing: border-box; }
html { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .3rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
p, li, td, th, dd, h1, h2, h3, h4 { overflow-wrap: break-word; }
a { color: inherit; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .4rem; text-align: left; vertical-align: top; }
/* Never hyphenated ("Participato-ry"): a word breaks only if it cannot fit its column at all, which the columns'
   widths prevent on the page the table prints on (log-columns.ts). */
th { background: #f6f8fa; hyphens: manual; word-break: normal; }
/* The log's columns are sized to their content: by the browser on screen, by log-columns.ts for its landscape
   page when printed (dates and numbers narrow, reflection wide). */
table.log { font-size: .92em; table-layout: auto; }
/* The mix's number columns shrink to their heading's longest word ("Participatory"), never splitting it. */
table.mix { table-layout: auto; }
table.mix col.fit { width: 1%; }
td.num, th.num { text-align: right; }
td p { margin: 0 0 .3rem; }
col.narrow { width: 7.5rem; }
col.num { width: 6.75rem; }
col.w16 { width: 16%; }
col.w22 { width: 22%; }
col.w35 { width: 35%; }
.status { font-weight: 600; white-space: nowrap; }
.status.met { color: var(--met); }
.status.unmet { color: var(--unmet); }
.note { color: var(--muted); font-size: .9em; }
.account { border: 1px solid var(--line); border-radius: 6px; padding: .2rem 1rem .8rem; margin: 1rem 0; }
.account .when { color: var(--muted); margin: 0 0 .5rem; }
.box { margin: .6rem 0; }
.box h4 { margin: .6rem 0 .2rem; }
/* "Further reflection" is not a question of the form: a heading of its own level, set apart from the boxes. */
.further { margin-top: 1rem; padding-top: .4rem; border-top: 1px dashed var(--line); }
h4.further { font-size: .95rem; font-variant: small-caps; letter-spacing: .03em; color: var(--muted); margin: .4rem 0 .3rem; }
h5 { font-size: .92rem; font-style: italic; margin: .7rem 0 .2rem; }
.empty { color: var(--muted); font-style: italic; }
ul.tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
ul.tags li { border: 1px solid var(--line); border-radius: 1rem; padding: 0 .6rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85em; }
/* The regulator's forms (issue 16): what is known filled in, a ruled blank for what another person writes by hand. */
dl.form { display: grid; grid-template-columns: 16rem 1fr; gap: .7rem 1rem; margin: 1rem 0; }
dl.form dt { font-weight: 600; }
dl.form dd { margin: 0; min-height: 1.4em; }
dl.form dd.blank { border-bottom: 1px solid var(--ink, #1b1f24); min-height: 2.4em; }
.pack .intro { color: var(--muted); }
/* On a narrow screen the log keeps the width it prints at (landscape) and scrolls sideways, rather than squeezing
   its columns until words break. */
@media screen {
  .wide { overflow-x: auto; }
  .wide table.log { min-width: 64rem; }
  table.log td.date, table.log td.num { white-space: nowrap; }
}
@page { size: A4; margin: 15mm 12mm; }
/* The log has the most columns: it prints on landscape pages of its own; the forms (accounts) on portrait ones. */
@page log { size: A4 landscape; margin: 15mm 12mm; }
@page form { size: A4 portrait; }
@media print {
  html { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  thead { display: table-header-group; }
  #log { page: log; }
  #accounts, .pack { page: form; }
  .pack.form-page { break-before: page; }
  dl.form { break-inside: avoid; }
  /* One reflective account per form: each starts a page, as the regulator's form would. */
  .account + .account { break-before: page; }
  tr, .box, dl.facts { break-inside: avoid; }
  .account { border: 0; border-top: 1px solid var(--line); border-radius: 0; padding: 0; }
  a { text-decoration: none; }
}
`;

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

export interface PageOptions {
  lang?: string;
  /** More CSS for this document alone (column widths, the running header), built from numbers and escaped strings only. */
  printStyle?: string;
}

/** A whole HTML document around a body that the caller has built from escaped or sanitised parts only. */
export function htmlPage(title: string, body: string, options: PageOptions = {}): string {
  const lang = options.lang ?? 'en-GB';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="mindlines">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}${options.printStyle ? `\n${options.printStyle}\n` : ''}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
