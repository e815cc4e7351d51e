// Generates a synthetic journal for the benchmark and the index tests: realistic front matter, about 3 KB of body
// per entry, a Zipf-like vocabulary (so most words are common and a long tail is rare), and planted words whose
// entries are known exactly. Deterministic for a given seed. Plain JavaScript so `node scripts/...` runs it as is.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A small deterministic PRNG (mulberry32). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLINICAL = (
  'asthma spacer inhaler child parent review technique mask seal dose steroid wheeze cough fever sepsis lactate ' +
  'antibiotic guideline nice bnf formulary pharmacist nurse registrar consultant colleague team handover ward ' +
  'clinic patient carer family consent capacity safeguarding referral discharge prescription interaction renal ' +
  'hepatic frailty falls delirium dementia diabetes insulin glucose hypoglycaemia hypertension statin anticoagulant ' +
  'warfarin apixaban bleeding stroke chest pain ecg troponin breathless oxygen saturation nebuliser peak flow ' +
  'vaccination immunisation contraception pregnancy postnatal depression anxiety suicide risk assessment ' +
  'communication listening empathy uncertainty feedback supervision appraisal revalidation audit incident ' +
  'learning reflection practice evidence belief assumption change plan action follow up outcome safety netting ' +
  'telephone consultation video remote triage escalation deterioration observations news score sepsis six ' +
  'wound dressing infection cellulitis ulcer pressure nutrition hydration medication review polypharmacy ' +
  'deprescribing adherence education leaflet language interpreter culture equality access waiting time'
).split(/\s+/);

const COMMON = (
  'the a an and of to in that it was for on with as i my we our they this be at by had not but what from have ' +
  'were when which would could should about more there their so than then them these also into only other some ' +
  'time after before during because while how who why did do does done made make think thought felt feel knew ' +
  'know learned learnt noticed realised understood next today week month year again still much many well'
).split(/\s+/);

/** A long tail of made-up but pronounceable words, so the vocabulary looks like real text (tens of thousands of terms). */
function tailWords(random, count) {
  const onsets = ['b', 'c', 'd', 'f', 'g', 'h', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'br', 'cl', 'dr', 'gr', 'pl', 'st', 'tr'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
  const codas = ['', 'n', 'r', 's', 't', 'l', 'm', 'ck', 'nd', 'st'];
  const words = new Set();
  while (words.size < count) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) {
      word += onsets[Math.floor(random() * onsets.length)] + vowels[Math.floor(random() * vowels.length)];
      if (i === syllables - 1 || random() < 0.3) word += codas[Math.floor(random() * codas.length)];
    }
    words.add(word);
  }
  return [...words];
}

const HEADINGS = [
  'What happened',
  'What I already believed, and how firmly',
  'Did this reinforce or challenge it, and why',
  'What I understand now',
  'What I will do differently',
];
const ACTIVITIES = ['clinical-case', 'reading', 'course', 'conference', 'audit', 'teaching', 'significant-event', 'peer-discussion'];
const TEMPLATES = ['constructivist', 'gibbs', 'kolb', 'driscoll', 'quick'];
const AUTHORS = ['Alex Morgan', 'Sam Patel', 'Jo Okafor', 'Chris Evans', 'Priya Shah'];
const TAGS = ['asthma', 'paediatrics', 'sepsis', 'prescribing', 'safeguarding', 'mental-health', 'diabetes', 'frailty', 'cardiology', 'communication', 'teamwork', 'audit'];
const VISIBILITY = ['private', 'team', 'public'];

function ulid(random, time) {
  let out = '';
  let t = time;
  for (let i = 9; i >= 0; i--) {
    out = CROCKFORD[t % 32] + out;
    t = Math.floor(t / 32);
  }
  for (let i = 0; i < 16; i++) out += CROCKFORD[Math.floor(random() * 32)];
  return out;
}

const pad = (n) => String(n).padStart(2, '0');

/**
 * Writes `count` entries into `root/entries/YYYY/MM/`, with a mindlines.yaml, spread evenly over the `years` before
 * `end`. `plant` maps a word to the entry numbers whose body gets it. Returns the entries (number, path, id, date,
 * title, words planted).
 */
export function generateJournal(root, count, options = {}) {
  const random = prng(options.seed ?? 42);
  const end = options.end ?? new Date(Date.UTC(2026, 10, 27));
  const years = options.years ?? 10;
  const plant = options.plant ?? {};
  const tail = tailWords(random, options.tailSize ?? 20000);
  mkdirSync(path.join(root, 'entries'), { recursive: true });
  writeFileSync(
    path.join(root, 'mindlines.yaml'),
    'version: 1\nname: Synthetic journal\nmode: team\nprofile: generic\nyear_start: 04-01\ndefaults:\n  template: constructivist\n',
  );
  const planted = new Map();
  for (const [word, numbers] of Object.entries(plant)) for (const n of numbers) planted.set(n, [...(planted.get(n) ?? []), word]);
  // Zipf-ish: common words most of the time, clinical words often, the long tail rarely and unevenly.
  const word = () => {
    const r = random();
    if (r < 0.45) return COMMON[Math.floor(random() * COMMON.length)];
    if (r < 0.8) return CLINICAL[Math.floor(random() * CLINICAL.length)];
    return tail[Math.floor(Math.pow(random(), 2.5) * tail.length)];
  };
  const sentence = () => {
    const n = 8 + Math.floor(random() * 14);
    const words = Array.from({ length: n }, word);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const span = years * 365 * 86_400_000;
  const out = [];
  for (let i = 0; i < count; i++) {
    const when = new Date(end.getTime() - span + Math.floor(((i + random()) / count) * span));
    const date = `${when.getUTCFullYear()}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())}`;
    const id = ulid(random, when.getTime());
    const titleWords = Array.from({ length: 3 + Math.floor(random() * 4) }, () => CLINICAL[Math.floor(random() * CLINICAL.length)]);
    const title = `${titleWords[0][0].toUpperCase()}${titleWords.join(' ').slice(1)} ${i}`;
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => TAGS[Math.floor(random() * TAGS.length)]))];
    const hours = Math.round(random() * 12) / 4 + 0.25;
    const activity = ACTIVITIES[Math.floor(random() * ACTIVITIES.length)];
    const template = TEMPLATES[Math.floor(random() * TEMPLATES.length)];
    const author = AUTHORS[i % AUTHORS.length];
    const visibility = VISIBILITY[Math.floor(random() * VISIBILITY.length)];
    const status = random() < 0.1 ? 'draft' : 'complete';
    const words = planted.get(i) ?? [];
    let body = '';
    HEADINGS.forEach((heading, h) => {
      let text = '';
      while (text.length < 560) text += `${sentence()} `;
      if (h === 2 && words.length > 0) text += `It came down to ${words.join(' and ')} in the end. `;
      body += `\n## ${heading}\n\n${text.trim()}\n`;
    });
    const fm = [
      '---',
      `id: ${id}`,
      `title: ${title}`,
      `date: ${date}`,
      `created: ${when.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
      `author: ${author}`,
      `template: ${template}`,
      `activity: ${activity}`,
      `hours: ${hours}`,
      `participatory: ${random() < 0.5 ? 0.5 : 0}`,
      `tags: [${tags.join(', ')}]`,
      'learned_with: [peers, patients and carers]',
      'resources: ["NICE NG245", BNF]',
      'loop: double',
      'level: individual',
      'beliefs:',
      `  - belief: ${CLINICAL[i % CLINICAL.length]} works best when started early`,
      '    before: wood',
      '    outcome: reinforced',
      'actions:',
      `  - text: Check ${CLINICAL[(i * 7) % CLINICAL.length]} at every review`,
      `    due: ${date}`,
      '    done: false',
      `visibility: ${visibility}`,
      `status: ${status}`,
      '---',
    ].join('\n');
    const rel = `entries/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}-${titleWords.join('-')}-${i}-${id.slice(-4).toLowerCase()}.md`;
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), `${fm}\n${body}`);
    out.push({ n: i, path: rel, id, date, title, tags, hours, activity, template, author, visibility, status, words });
  }
  return out;
}
