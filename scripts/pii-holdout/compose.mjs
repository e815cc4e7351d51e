// Lays sentences out as short Markdown documents in the styles clinicians write (reflective paragraphs, hurried
// bullets, lower-case typing, shouted capitals, hard-wrapped paragraphs) and records where every planted span ended
// up: 1-based line, 0-based start and end columns (end exclusive, on `endLine` when the span wraps).
import { NAME_NOTES, NAME_PROSE, AGE_SEX } from './planted-names.mjs';
import { NUMBER_TEMPLATES, kindWeights } from './planted-numbers.mjs';
import { FILLERS, HEADINGS as PLAIN_HEADINGS, NEG_NOTES, NEG_PROSE, NOTE_FILLERS } from './negatives.mjs';

const TITLE_SHARE = 0.4;
const REGIONS = [[45, 'uk'], [20, 'ie'], [17.5, 'au'], [17.5, 'ca']];
const NATIONS = [[54, 'england'], [12, 'wales'], [20, 'scotland'], [14, 'ni']];
const HEADINGS = {
  uk: ['Night shift', 'Ward round', 'A&E, Saturday', 'Home visit', 'Significant event', 'Surgery, Monday'],
  ie: ['ED night', 'Ward round', 'On call', 'Home visit', 'NCHD teaching'],
  au: ['ED night shift', 'Ward round', 'Remote clinic', 'RFDS retrieval', 'Handover'],
  ca: ['ER night', 'Ward rounds', 'Clinic', 'Home care visit', 'Call shift'],
};

/** Length-preserving case change (a character whose case form is longer, like ß, is left alone). */
function recase(text, to) {
  let out = '';
  for (const c of text) {
    const changed = to === 'upper' ? c.toUpperCase() : c.toLowerCase();
    out += changed.length === c.length ? changed : c;
  }
  return out;
}

function plantedSentence(ctx, notes) {
  const { p, region, nation } = ctx;
  const weights = Object.entries(kindWeights(region, nation)).map(([kind, weight]) => [weight, kind]);
  const kind = p.weighted(weights);
  if (kind === 'person-name') {
    // A title and a surname is how most reflections name a patient; the other forms share the rest.
    const titled = p.chance(TITLE_SHARE);
    const pool = (notes ? NAME_NOTES : NAME_PROSE).filter((template) => Boolean(template.titled) === titled);
    return p.one(pool)(ctx);
  }
  if (kind === 'age-sex') return p.one(AGE_SEX)(ctx);
  return p.one(NUMBER_TEMPLATES[kind])(ctx);
}

/**
 * One sentence: planted (a list of parts with spans), a hard negative, or a plain filler. `negative` marks the
 * sentence so the lines it lands on can be counted as tricky clean lines.
 */
function sentence(ctx, notes, plantedShare) {
  const { p } = ctx;
  const roll = p.rng();
  if (roll < plantedShare) return { parts: asWritten(plantedSentence(ctx, notes), notes), negative: false };
  if (roll < 0.93) return { parts: asWritten([p.one(notes ? NEG_NOTES : NEG_PROSE)(ctx)], notes), negative: true };
  return { parts: [p.one(notes ? NOTE_FILLERS : FILLERS)], negative: false };
}

/** In a paragraph a note-like fragment still reads as a sentence: capital first, full stop last. */
function asWritten(parts, notes) {
  if (notes) return parts;
  const out = [...parts];
  const first = out[0];
  if (typeof first === 'string' && /^\p{Ll}/u.test(first)) out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  const last = out[out.length - 1];
  if (typeof last !== 'string') out.push('.');
  else if (!/[.!?)]$/.test(last)) out[out.length - 1] = `${last}.`;
  return out;
}

/** Greedy hard wrap: replaces spaces by line breaks so no line passes `width` (offsets do not move). */
function hardWrap(text, from, to, width) {
  const chars = [...text.slice(0, from)];
  let column = 0;
  let lastSpace = -1;
  const body = [...text.slice(from, to)];
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\n') {
      column = 0;
      lastSpace = -1;
      continue;
    }
    if (body[i] === ' ') lastSpace = i;
    column++;
    if (column > width && lastSpace >= 0) {
      body[lastSpace] = '\n';
      column = i - lastSpace;
      lastSpace = -1;
    }
  }
  return chars.join('') + body.join('') + text.slice(to);
}

/** Builds one document: its text, its planted spans (offsets) and the ranges holding hard negatives. */
function layout(ctx) {
  const { p, region } = ctx;
  const style = p.weighted([[45, 'reflection'], [40, 'notes'], [15, 'mixed']]);
  const casing = p.weighted([[72, 'as-typed'], [18, 'lower'], [10, 'shouting']]);
  const wrapWidth = style !== 'notes' && p.chance(0.35) ? p.int(60, 88) : 0;
  const plantedShare = p.one([0.35, 0.42, 0.5]);
  const target = p.int(3, 15);
  let text = '';
  const spans = [];
  const negatives = [];
  const paragraphs = [];
  const push = (parts, negative) => {
    const start = text.length;
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else {
        spans.push({ ...part, start: text.length, end: text.length + part.text.length });
        text += part.text;
      }
    }
    if (negative) negatives.push([start, text.length]);
  };
  const lines = () => text.replace(/\n+$/, '').split('\n').length;
  const written = () => text.split('\n').filter((line) => line.trim()).length;
  if (p.chance(0.55)) {
    const heading = p.chance(0.5) ? p.one(HEADINGS[region]) : p.one(PLAIN_HEADINGS);
    text += p.one([`# ${heading}`, `## ${heading}`, `**${heading}**`, heading]) + '\n\n';
  }
  const bullet = p.one(['- ', '- ', '* ', '• ', '']);
  while (lines() < target || written() < 3) {
    const notes = style === 'notes' || (style === 'mixed' && lines() > target / 2);
    if (notes) {
      const { parts, negative } = sentence(ctx, true, plantedShare);
      text += bullet;
      push(parts, negative);
      text += '\n';
    } else {
      const start = text.length;
      const count = p.weighted([[5, 1], [3, 2], [1, 3]]);
      for (let s = 0; s < count; s++) {
        if (s > 0) text += ' ';
        const { parts, negative } = sentence(ctx, false, plantedShare);
        push(parts, negative);
      }
      paragraphs.push([start, text.length]);
      text += '\n\n';
    }
  }
  text = text.replace(/\n+$/, '\n');
  if (wrapWidth) for (const [from, to] of paragraphs) text = hardWrap(text, from, to, wrapWidth);
  if (casing === 'lower') text = recase(text, 'lower');
  if (casing === 'shouting') {
    text = text
      .split('\n')
      .map((line) => (p.chance(0.4) ? recase(line, 'upper') : line))
      .join('\n');
  }
  return { text, spans, negatives, meta: { region, nation: ctx.nation, style, casing, wrapped: wrapWidth > 0 } };
}

/** Where each line starts, for turning offsets into lines and columns. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function position(starts, offset) {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line: line + 1, column: offset - starts[line] };
}

/** A document ready to write: text, labelled spans, clean lines and the tricky subset of them. */
export function composeDocument(ctx) {
  const region = ctx.p.weighted(REGIONS);
  const nation = region === 'uk' ? ctx.p.weighted(NATIONS) : undefined;
  let doc = layout({ ...ctx, region, nation });
  // Keep documents short (3–15 lines): redraw the rare one that wrapping made longer.
  while (doc.text.replace(/\n$/, '').split('\n').length > 15) doc = layout({ ...ctx, region, nation });
  const { text, spans, negatives, meta } = doc;
  const starts = lineStarts(text);
  const lineCount = text.replace(/\n$/, '').split('\n').length;
  const touched = new Set();
  const labelled = spans.map((s) => {
    const from = position(starts, s.start);
    const to = position(starts, s.end);
    for (let line = from.line; line <= to.line; line++) touched.add(line);
    const out = { line: from.line, start: from.column, end: to.column, kind: s.kind, text: text.slice(s.start, s.end), form: s.form };
    if (to.line !== from.line) out.endLine = to.line;
    if (s.kind === 'person-name') out.heldOut = Boolean(s.heldOut);
    return out;
  });
  const tricky = new Set();
  for (const [from, to] of negatives) {
    for (let line = position(starts, from).line; line <= position(starts, Math.max(from, to - 1)).line; line++) tricky.add(line);
  }
  const clean = [];
  const lines = text.split('\n');
  for (let line = 1; line <= lineCount; line++) {
    if (lines[line - 1].trim() === '' || touched.has(line)) continue;
    clean.push(line);
  }
  return { text, spans: labelled, clean, tricky: clean.filter((line) => tricky.has(line)), lineCount, meta };
}
