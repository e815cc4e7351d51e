import { SEGMENT_HEADER, slotOf } from './segment-format.js';

/**
 * Collects postings (word, document, frequency) and writes them as a segment: sorted words, one line each, after
 * the directory. Built for 10,000 entries at once (millions of postings): words get numbers, postings live in flat
 * typed arrays, a counting sort groups them by word, and the text is written byte by byte into one buffer, so
 * almost nothing is allocated per posting.
 */
export class PostingsBuilder {
  private readonly vocabulary = new Map<string, number>();
  private termOf: Int32Array;
  private docOf: Int32Array;
  private tfOf: Int32Array;
  private n = 0;

  /**
   * `capacity`: how many postings to make room for at once. Growing by doubling touches every page of each larger
   * array again (page faults are expensive here), so a build sizes it from the number of documents to come.
   */
  constructor(capacity = 1024) {
    this.termOf = new Int32Array(capacity);
    this.docOf = new Int32Array(capacity);
    this.tfOf = new Int32Array(capacity);
  }

  add(term: string, doc: number, tf: number): void {
    let t = this.vocabulary.get(term);
    if (t === undefined) {
      t = this.vocabulary.size;
      this.vocabulary.set(term, t);
    }
    if (this.n === this.termOf.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.termOf = grow(this.termOf);
      this.docOf = grow(this.docOf);
      this.tfOf = grow(this.tfOf);
    }
    this.termOf[this.n] = t;
    this.docOf[this.n] = doc;
    this.tfOf[this.n] = tf;
    this.n++;
  }

  get size(): number {
    return this.n;
  }

  /** Empties the builder for the next segment, keeping its arrays: a build never holds two sets of them. */
  reset(): void {
    this.vocabulary.clear();
    this.n = 0;
  }

  encode(id: string): Buffer {
    const { n, termOf, docOf, tfOf } = this;
    const words = [...this.vocabulary.keys()];
    const count = words.length;
    // Group postings by word, keeping the order they were added in (document order) within each word.
    const starts = new Int32Array(count + 1);
    for (let i = 0; i < n; i++) starts[(termOf[i] as number) + 1] = (starts[(termOf[i] as number) + 1] as number) + 1;
    for (let t = 0; t < count; t++) starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
    const fill = starts.slice(0, count);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const t = termOf[i] as number;
      order[fill[t] as number] = i;
      fill[t] = (fill[t] as number) + 1;
    }
    const sorted = words.map((_, t) => t).sort((a, b) => (words[a] as string) < (words[b] as string) ? -1 : 1);
    let capacity = n * 8 + count * 24 + 1024;
    let out = Buffer.allocUnsafe(capacity);
    let at = 0;
    const ensure = (bytes: number) => {
      if (at + bytes <= capacity) return;
      capacity = Math.max(capacity * 2, at + bytes);
      const bigger = Buffer.allocUnsafe(capacity);
      out.copy(bigger, 0, 0, at);
      out = bigger;
    };
    const digits = new Uint8Array(16);
    const writeBase36 = (value: number) => {
      let k = 0;
      do {
        const d = value % 36;
        digits[k++] = d < 10 ? 48 + d : 87 + d;
        value = Math.floor(value / 36);
      } while (value > 0);
      while (k > 0) out[at++] = digits[--k] as number;
    };
    const slots: [string, number, number][] = [];
    for (const t of sorted) {
      const word = words[t] as string;
      const from = starts[t] as number;
      const to = starts[t + 1] as number;
      const lineStart = at;
      ensure(word.length * 3 + 2 + (to - from) * 16);
      at += out.write(word, at, 'utf8');
      out[at++] = 9;
      for (let j = from; j < to; j++) {
        const i = order[j] as number;
        if (j > from) out[at++] = 44;
        writeBase36(docOf[i] as number);
        const tf = tfOf[i] as number;
        if (tf !== 1) {
          out[at++] = 58;
          writeBase36(tf);
        }
      }
      out[at++] = 10;
      const slot = slotOf(word);
      const last = slots[slots.length - 1];
      if (last && last[0] === slot) last[2] = at;
      else slots.push([slot, lineStart, at]);
    }
    const body = out.subarray(0, at);
    // Offsets in the directory are absolute, so they depend on the directory's own length: settle it first.
    const render = (base: number) => JSON.stringify(Object.fromEntries(slots.map(([slot, from, to]) => [slot, [from + base, to + base]])));
    let base = 0;
    let directory = render(base);
    for (;;) {
      const header = `${SEGMENT_HEADER} ${id} ${Buffer.byteLength(directory)}\n`;
      const next = Buffer.byteLength(header) + Buffer.byteLength(directory) + 1;
      if (next === base) return Buffer.concat([Buffer.from(`${header}${directory}\n`), body]);
      base = next;
      directory = render(base);
    }
  }
}

/** The postings of some documents as a new segment. */
export function segmentText(id: string, docs: { doc: number; terms: Map<string, number> }[]): Buffer {
  const builder = new PostingsBuilder();
  for (const { doc, terms } of docs) for (const [term, tf] of terms) builder.add(term, doc, tf);
  return builder.encode(id);
}
