/**
 * A second held-out identifier corpus (issue 13), written for this test from word lists and sentence patterns of
 * its own: none of its names, places or phrasings come from test/fixtures/pii-holdout's generator or from the
 * packages the name lexicon is built from, so it measures how the scanner generalises rather than what it was tuned
 * on. Seeded and deterministic; each document labels its planted spans and its clean lines, like pii-holdout.
 */
import type { HoldoutDoc, PlantedSpan } from './pii-span-score.js';

// Names written by hand for this corpus (Finnish, Hungarian, Georgian, Korean, Samoan, Māori, Amharic, Basque,
// Icelandic, Inuit, Kurdish, Armenian, Shona): a mix the lists cover thinly.
const GIVEN = 'Eevaliina Tuulikki Zsófia Gergő Nino Tamar Levani Minjun Seoyeon Ioane Malia Tamati Aroha Wairimu Tsehay Abebech Iñaki Ainhoa Sigríður Þórunn Aputsiaq Nivi Rojda Dilan Anahit Vardan Tendekai Chiedza Ruvimbo Hyunwoo Kalani Kahurangi Mereana Yeshi Gorka Leire Hallgrímur Ásdís Piitaq Heval'.split(' ');
const SURNAMES = 'Häkkinen Vähäsalo Szabolcsi Kovácsné Beridze Kvaratskhelia Gelashvili Seong Hwangbo Tuiasosopo Fa’alogo Te Whare Ngata Tesfaye Gebremariam Etxeberria Urkiola Guðmundsdóttir Þorvaldsson Kristiansen-Qaaviaq Zebari Barzani Hovhannisyan Petrosyan Mutasa Chinotimba Nyamayaro'.split(' ');
const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx'];
const RELATIONS = ['wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'niece', 'grandson', 'partner', 'carer'];

/** Synthetic numbers with valid check digits, from the ranges never issued where there is one. */
function nhs(p: Pick): string {
  for (;;) {
    const d = [9, 9, 9, ...Array.from({ length: 6 }, () => p.int(10))];
    const sum = d.reduce((s, x, i) => s + x * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const s = [...d, check].join('');
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}

class Pick {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  one<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }
}

type Casing = 'as-is' | 'lower' | 'upper';
const cased = (text: string, casing: Casing) => (casing === 'lower' ? text.toLowerCase() : casing === 'upper' ? text.toUpperCase() : text);

/** A sentence with one planted span: the text before, the identifier, the text after, and its kind and form. */
type Planted = [before: string, value: string, after: string, kind: string, form: string];

function planted(p: Pick): Planted {
  const given = p.one(GIVEN);
  const surname = p.one(SURNAMES);
  const age = 20 + p.int(75);
  const bed = 1 + p.int(30);
  const choices: (() => Planted)[] = [
    () => ['Handed over ', `${p.one(TITLES)} ${surname}`, ' to the night team with a plan for fluids.', 'person-name', 'title'],
    () => ['Went back to see ', `${p.one(TITLES).toLowerCase()} ${surname.toLowerCase()}`, ' before going home.', 'person-name', 'title-lower'],
    () => ['Her ', `${p.one(RELATIONS)} ${given}`, ' stayed until the end of visiting.', 'person-name', 'relation'],
    () => ['Spoke to ', `${given} ${surname}`, ' about stopping the statin.', 'person-name', 'full-name'],
    () => ['', `${given}, ${age},`, ` in bed ${bed} asked for a chaplain.`, 'person-name', 'given-age'],
    () => ['Admitted ', surname, ' overnight with a fall.', 'person-name', 'bare-surname'],
    () => ['- pt ', `${given.toLowerCase()} ${surname.toLowerCase()}`, ', for review', 'person-name', 'pt-lower'],
    () => ['Triage note: ', `${given[0]}${surname[0]} ${age}yo ${p.one(['M', 'F'])}`, ', chest pain.', 'person-name', 'initials'],
    () => ['NHS no. ', nhs(p), ' was missing from the request.', 'nhs-number', 'spaced'],
    () => ['Her postcode, ', `${p.one(['CF', 'LL', 'KW', 'TD'])}${1 + p.int(9)} ${p.int(10)}${p.one(['AB', 'HJ', 'WX', 'PN'])}`, ', is a long way out.', 'postcode', 'postcode'],
    () => ['Mobile ', `07700 900${String(p.int(1000)).padStart(3, '0')}`, ' belongs to the daughter.', 'phone', 'uk-mobile'],
    () => ['The letter went to ', `${10 + p.int(80)} ${p.one(['Quarry', 'Tannery', 'Brewhouse', 'Signal'])} ${p.one(['Lane', 'Close', 'Terrace'])}`, ' by mistake.', 'address', 'street'],
    () => ['Wristband DOB ', `${1 + p.int(28)}/${1 + p.int(12)}/19${30 + p.int(60)}`, ' was smudged.', 'dob', 'dob'],
    () => ['Emailed ', `${given.toLowerCase()}.${surname.toLowerCase().replace(/[^a-z]/g, '')}@gmail.com`, ' the leaflet.', 'email', 'personal'],
  ];
  return p.one(choices)();
}

// Clean lines, several of them hard: eponyms, cited authors, institutions and towns not on any precision list of
// the scanner, feasts, codes and lab values.
const CLEAN = [
  'Rachel Clarke’s Dear Life made me think about how we talk at the end.',
  'I reread Atul Gawande’s Being Mortal on the train.',
  'Henry Marsh wrote Do No Harm, which our educational supervisor recommends.',
  'She was transferred to the Royal Brompton for assessment.',
  'The Moorfields eye casualty was closed so we sent her to the local unit.',
  'Pancake Day on the ward meant the tea trolley came late.',
  'We raised money for Dementia UK at the Christmas fair.',
  'The drive from Weston-super-Mare took her daughter two hours.',
  'Her Wells score was low and the D-dimer came back negative.',
  'Potassium 5.9, sodium 131, creatinine 162; repeat in the morning.',
  'BNF 2.8.2 and NICE CG92 both cover the anticoagulation question.',
  'Allen’s test was normal before the arterial gas.',
  'The Glasgow Coma Scale was 14 on arrival and 15 by the evening.',
  'Our team uses Driscoll’s What? model for debriefs after arrests.',
  'Lead for safeguarding is reached on safeguarding.team@nhs.net.',
  'The Samaritans number is on the back of the discharge letter.',
  'Hogmanay shifts are always short-staffed.',
  'A 10 Fr catheter was the smallest we had.',
  'The Kirkwall flight was cancelled, so the transfer was by boat.',
  'Parkinson’s UK sent a specialist nurse to the MDT.',
];

/** `count` documents of three to eight lines, in the casing styles clinicians use. */
export function generateOwnCorpus(count: number, seed = 1313): HoldoutDoc[] {
  const p = new Pick(seed);
  const docs: HoldoutDoc[] = [];
  for (let n = 0; n < count; n++) {
    const casing: Casing = p.next() < 0.75 ? 'as-is' : p.next() < 0.6 ? 'lower' : 'upper';
    const lines: string[] = [];
    const spans: PlantedSpan[] = [];
    const clean: number[] = [];
    const total = 3 + p.int(6);
    for (let i = 0; i < total; i++) {
      if (p.next() < 0.45) {
        const [head, value, tail, kind, form] = planted(p);
        const line = cased(head, casing) + cased(value, casing) + cased(tail, casing);
        spans.push({ line: i + 1, start: head.length, end: head.length + value.length, kind, text: cased(value, casing), form });
        lines.push(line);
      } else {
        lines.push(cased(p.one(CLEAN), casing));
        clean.push(i + 1);
      }
    }
    docs.push({ file: `own-${String(n).padStart(4, '0')}.md`, text: `${lines.join('\n')}\n`, spans, clean, tricky: clean, meta: { region: 'own', style: 'mixed', casing, wrapped: false } });
  }
  return docs;
}
