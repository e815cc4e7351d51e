// A seeded pseudo-random source, so the corpus is the same on every machine for a given seed.

/** mulberry32: small, fast, and good enough for choosing test data. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Pick {
  constructor(seed) {
    this.rng = mulberry32(seed);
  }
  /** An integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.rng() * (max - min + 1));
  }
  chance(probability) {
    return this.rng() < probability;
  }
  one(items) {
    return items[Math.floor(this.rng() * items.length)];
  }
  /** One of `options`, each a [weight, value] pair. */
  weighted(options) {
    const total = options.reduce((sum, [weight]) => sum + weight, 0);
    let r = this.rng() * total;
    for (const [weight, value] of options) {
      r -= weight;
      if (r < 0) return value;
    }
    return options[options.length - 1][1];
  }
  digits(count) {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }
}
