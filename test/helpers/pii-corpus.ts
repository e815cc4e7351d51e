/**
 * A generated, labelled corpus of synthetic reflections for scoring the identifier scanner on text it was not tuned
 * on: planted identifiers in many phrasings (not the pii-sample's sentences) and hard negatives from clinical
 * writing (doses, lab values, blood pressures, scores, guideline codes, BNF sections, years, times, 111/999, ages,
 * list sizes, eponyms, organisations). Deterministic for a seed. No real person: NHS numbers are generated with a
 * valid check digit, phones are from Ofcom's drama ranges, names are common names picked at random.
 */
import { Faker, en, en_GB, base } from '@faker-js/faker';
import type { IdentifierKind } from '../../src/core/privacy/scan.js';

/** The kinds this corpus plants: those the scanner had when it was written (issue 5); issue 13's new ones are in pii-holdout. */
export type Kind = Exclude<IdentifierKind, 'ihi' | 'ohip' | 'eircode' | 'ca-postcode' | 'age-sex'>;

export interface CorpusDoc {
  file: string;
  text: string;
  /** 1-based line → kinds planted on it; [] for a clean line that must not be flagged. */
  labels: Map<number, Kind[]>;
}

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Pick {
  constructor(readonly rng: Rng) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.rng() * (max - min + 1));
  }
  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.rng() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.rng() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

// --- identifier values ------------------------------------------------------------------------------------------

function mod11Check(nine: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check === 10 ? undefined : check;
}

function withMod11(p: Pick, prefix: () => string): string {
  for (;;) {
    const nine = prefix();
    const check = mod11Check(nine);
    if (check !== undefined) return nine + check;
  }
}

function formatTen(p: Pick, digits: string): string {
  return p.one([
    digits,
    `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
    `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
    `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`,
  ]);
}

const nhsNumber = (p: Pick) => formatTen(p, withMod11(p, () => p.one(['4', '6', '7']) + p.digits(8)));
const testRangeNhs = (p: Pick) => formatTen(p, withMod11(p, () => `999${p.digits(6)}`));
const hcNumber = (p: Pick) => formatTen(p, withMod11(p, () => String(p.int(320, 399)) + p.digits(6)));

function chiNumber(p: Pick): string {
  const digits = withMod11(p, () => {
    const day = String(p.int(1, 28)).padStart(2, '0');
    const month = String(p.int(1, 12)).padStart(2, '0');
    return `${day}${month}${p.digits(2)}${p.digits(3)}`;
  });
  return p.chance(0.8) ? digits : `${digits.slice(0, 6)} ${digits.slice(6)}`;
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
function niNumber(p: Pick): string {
  let prefix: string;
  do prefix = p.one([...NINO_FIRST]) + p.one([...NINO_SECOND]);
  while (['BG', 'GB', 'NK', 'KN', 'NT', 'TN', 'ZZ'].includes(prefix));
  const d = p.digits(6);
  const suffix = p.one(['A', 'B', 'C', 'D']);
  return p.one([`${prefix}${d}${suffix}`, `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`, `${prefix}-${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4)}-${suffix}`]);
}

const AREAS = ['LS6', 'M14', 'B15', 'G12', 'EH3', 'CF24', 'BS8', 'NE1', 'SW1A', 'W1A', 'EC1A', 'YO10', 'OX3', 'CB2', 'L8', 'S10', 'NG7', 'LE1', 'DE22', 'PL4', 'EX2', 'AB25', 'DD1', 'IV2', 'BT9', 'SA1', 'LL57', 'HU3', 'TS1', 'PR1', 'BN2', 'SO17', 'N1', 'E17', 'SE5', 'NW3', 'WC1N', 'CV4', 'ST4', 'WV10'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
function postcode(p: Pick): string {
  const code = `${p.one(AREAS)} ${p.int(0, 9)}${p.one([...INWARD_LETTERS])}${p.one([...INWARD_LETTERS])}`;
  const r = p.rng();
  if (r < 0.1) return code.toLowerCase();
  if (r < 0.2) return code.replace(' ', '');
  return code;
}

const DRAMA = [
  ['07700', '900'],
  ['0113', '496'],
  ['0114', '496'],
  ['0115', '496'],
  ['0116', '496'],
  ['0117', '496'],
  ['0118', '496'],
  ['0121', '496'],
  ['0131', '496'],
  ['0141', '496'],
  ['0151', '496'],
  ['0161', '496'],
  ['020', '7946'],
  ['029', '2018'],
  ['01632', '960'],
] as const;
function phone(p: Pick): string {
  const [area, exchange] = p.one(DRAMA);
  const tail = area === '07700' || area === '01632' ? p.digits(3) : `0${p.digits(3)}`;
  const local = `${exchange}${tail}`;
  const national = `${area}${local}`;
  const plainAfter0 = national.slice(1);
  return p.one([
    `${area} ${exchange} ${tail}`,
    `${area} ${local}`,
    national,
    `(${area}) ${exchange} ${tail}`,
    `+44 ${area.slice(1)} ${exchange} ${tail}`,
    `+44${plainAfter0}`,
    `+44 (0)${area.slice(1)} ${exchange} ${tail}`,
    `0044 ${area.slice(1)} ${local}`,
    `${area}-${exchange}-${tail}`,
  ]);
}

function ssn(p: Pick): string {
  for (;;) {
    const area = p.int(1, 899);
    if (area === 666) continue;
    const value = `${String(area).padStart(3, '0')}-${String(p.int(1, 99)).padStart(2, '0')}-${String(p.int(1, 9999)).padStart(4, '0')}`;
    if (value === '123-45-6789' || value === '078-05-1120') continue;
    return value;
  }
}

function medicare(p: Pick): string {
  for (;;) {
    const d = [p.int(2, 6), ...Array.from({ length: 7 }, () => p.int(0, 9))];
    const weights = [1, 3, 7, 9, 1, 3, 7, 9];
    const check = d.reduce((sum, digit, i) => sum + digit * (weights[i] as number), 0) % 10;
    const issue = p.int(1, 9);
    const s = `${d.join('')}${check}${issue}`;
    return p.one([`${s.slice(0, 4)} ${s.slice(4, 9)} ${s.slice(9)}`, s]);
  }
}

function hospitalNumber(p: Pick): string {
  return p.one([p.digits(7), p.digits(8), `${p.one(['K', 'A', 'H', 'M', 'T'])}${p.digits(6)}`, `${p.one(['RX', 'RHQ', 'LTH', 'SJ'])}${p.digits(7)}`, `${p.digits(3)} ${p.digits(4)}`]);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
function birthDate(p: Pick): string {
  const year = p.int(1922, 2012);
  const month = p.int(1, 12);
  const day = p.int(1, 28);
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  const name = MONTHS[month - 1] as string;
  return p.one([
    `${dd}/${mm}/${year}`,
    `${day}/${month}/${String(year).slice(2)}`,
    `${dd}.${mm}.${year}`,
    `${dd}-${mm}-${year}`,
    `${year}-${mm}-${dd}`,
    `${ordinal(day)} ${name} ${year}`,
    `${day} ${name.slice(0, 3)} ${year}`,
    `${name} ${day}, ${year}`,
    `${ordinal(day)} of ${name} ${year}`,
  ]);
}

const STREETS = ['Mill', 'Church', 'Station', 'Victoria', 'Albert', 'Queens', 'Kings', 'Park', 'Manor', 'Orchard', 'Meadow', 'Beech', 'Oak', 'Elm', 'Ash', 'Cedar', 'Willow', 'Springfield', 'Windsor', 'Grange', 'Hawthorn', 'Chapel', 'Brook', 'Green', 'North', 'Riverside', 'St John\'s', 'Farm', 'Highfield', 'Moor'];
const SUFFIXES = ['Street', 'Road', 'Lane', 'Avenue', 'Close', 'Drive', 'Way', 'Crescent', 'Gardens', 'Grove', 'Terrace', 'Court', 'Place', 'Walk', 'Row', 'Mews', 'View', 'Rise'];
function address(p: Pick): string {
  const number = `${p.int(1, 240)}${p.chance(0.1) ? p.one(['a', 'b', 'A']) : ''}`;
  const street = `${p.one(STREETS)}${p.chance(0.15) ? ` ${p.one(['Hill', 'Park', 'Farm', 'Wood'])}` : ''} ${p.one(SUFFIXES)}`;
  return p.chance(0.15) ? `Flat ${p.int(1, 12)}, ${number} ${street}` : `${number} ${street}`;
}

// Names: a mix typed from common UK names across communities, and Faker's en_GB names.
const FIRST = ['Aoife', 'Callum', 'Siobhan', 'Rhys', 'Megan', 'Priya', 'Arjun', 'Fatima', 'Imran', 'Olumide', 'Chidi', 'Kwame', 'Agnieszka', 'Piotr', 'Andrei', 'Mei', 'Hannah', 'Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Sophie', 'Jack', 'Eleanor', 'Thomas', 'Zara', 'Yusuf', 'Aisha', 'Mohammed', 'Gareth', 'Bethan', 'Ewan', 'Mhairi', 'Declan', 'Niamh', 'Ruth', 'Margaret', 'Dorothy', 'Kenneth', 'Brian', 'Susan', 'Catherine', 'Deborah', 'Harpreet', 'Sunita', 'Tariq', 'Nadia', 'Leon', 'Tyler', 'Jade', 'Kirsty', 'Lewis', 'Ffion',
  // Not in the name lexicon (held out): the scanner has to infer them from the surname or the sentence.
  'Blodwen', 'Lorcan', 'Sadhbh', 'Kelechi', 'Mandeep', 'Lubna', 'Afroza', 'Gaurav', 'Carwyn', 'Marsali'];
const LAST = ['Patel', 'Khan', 'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Hussain', 'Begum', 'Ahmed', 'Ali', 'Singh', 'Kaur', 'Okonkwo', 'Adeyemi', 'Mensah', 'Kowalski', 'Nowak', 'Popescu', 'Nguyen', 'Wong', 'Chen', "O'Brien", 'McDonald', 'MacLeod', 'Campbell', 'Stewart', 'Murray', 'Griffiths', 'Pritchard', 'Lloyd', 'Doherty', 'Gallagher', 'Kelly', 'Byrne', 'Fitzgerald', 'Sutherland', 'Henderson', 'Hughes',
  // Not in the name lexicon (held out).
  'Dalgleish', 'Imrie', 'Gwilliam', 'Nambiar', 'Ogunleye', 'Kuffour', 'Olatunji'];

class Names {
  readonly faker: Faker;
  constructor(readonly p: Pick, seed: number) {
    this.faker = new Faker({ locale: [en_GB, en, base], seed });
  }
  first(): string {
    return this.p.chance(0.5) ? this.p.one(FIRST) : this.faker.person.firstName();
  }
  last(): string {
    return this.p.chance(0.5) ? this.p.one(LAST) : this.faker.person.lastName();
  }
}

// --- sentences ----------------------------------------------------------------------------------------------------

type Planter = (p: Pick, n: Names) => string;

const PLANTED: Record<Kind, Planter[]> = {
  'nhs-number': [
    (p) => `Her NHS number, ${nhsNumber(p)}, was written on the prescription.`,
    (p) => `The discharge letter gave NHS No. ${nhsNumber(p)} at the top.`,
    (p) => `I looked him up by his NHS number (${nhsNumber(p)}) in the shared record.`,
    (p) => `nhs number ${nhsNumber(p)} was on the lab form.`,
    (p) => `NHS: ${nhsNumber(p)}`,
    (p) => `The number ${nhsNumber(p)} was copied into the referral by mistake.`,
    (p) => `I searched the spine for ${testRangeNhs(p)} before the visit.`,
    (p) => `- NHS no ${nhsNumber(p)}`,
    (p) => `Pt's NHS no. is ${nhsNumber(p)} per the summary.`,
    (p) => `The patient (NHS ${nhsNumber(p)}) was seen in the hot clinic.`,
  ],
  'chi-number': [
    (p) => `The Scottish referral quoted her CHI as ${chiNumber(p)}.`,
    (p) => `CHI number: ${chiNumber(p)}`,
    (p) => `His Community Health Index number ${chiNumber(p)} was on the kardex.`,
    (p) => `I checked chi ${chiNumber(p)} against the wristband.`,
  ],
  'hc-number': [
    (p) => `The Belfast letter gave his H&C number ${hcNumber(p)}.`,
    (p) => `Health and Care number ${hcNumber(p)} was on the form.`,
  ],
  'ni-number': [
    (p) => `Her National Insurance number ${niNumber(p)} was on the fit note request.`,
    (p) => `The PIP form listed NINO ${niNumber(p)}.`,
    (p) => `NI no: ${niNumber(p)}`,
    (p) => `He read out his national insurance number, ${niNumber(p)}, at the desk.`,
  ],
  postcode: [
    (p) => `The ambulance went to ${postcode(p)} instead of the surgery.`,
    (p) => `Her postcode is ${postcode(p)}, a long bus ride from the hospital.`,
    (p) => `We arranged transport from ${postcode(p)} for the clinic.`,
    (p) => `Address on file ends ${postcode(p)}.`,
    (p) => `Out-of-area registration (${postcode(p)}) caused the delay.`,
    (p) => `She moved to ${postcode(p)} last year and re-registered.`,
    (p) => `Travelled from ${postcode(p)} by bus for the appointment.`,
  ],
  phone: [
    (p) => `His wife's mobile is ${phone(p)} if the results come back.`,
    (p) => `I left a message on ${phone(p)} asking her to book a review.`,
    (p) => `Tel: ${phone(p)}`,
    (p) => `The care home can be reached on ${phone(p)}.`,
    (p) => `Her son texted from ${phone(p)} late at night.`,
    (p) => `Contact number ${phone(p)} was wrong on the system.`,
  ],
  email: [
    (p, n) => `The letter was copied to ${n.first().toLowerCase()}.${n.last().toLowerCase().replace(/[^a-z]/g, '')}@${p.one(['nhs.net', 'gmail.com', 'hotmail.co.uk', 'yahoo.co.uk', 'btinternet.com', 'nhs.scot', 'wales.nhs.uk'])}.`,
    (p, n) => `Email: ${n.first().toLowerCase()}${p.int(1, 99)}@${p.one(['outlook.com', 'icloud.com', 'gmail.com'])}`,
    (p, n) => `She asked me to write to <${n.last().toLowerCase().replace(/[^a-z]/g, '')}.family@${p.one(['gmail.com', 'aol.com'])}> instead.`,
    (p, n) => `Contact: [${n.first()}](mailto:${n.first().toLowerCase()}.${p.int(10, 99)}@example.org)`,
  ],
  dob: [
    (p) => `DOB ${birthDate(p)}.`,
    (p) => `D.O.B.: ${birthDate(p)}, which I wrote on the form.`,
    (p) => `Date of birth ${birthDate(p)} matched the wristband.`,
    (p) => `She was born on ${birthDate(p)} and lives with her daughter.`,
    (p) => `The form gave his birth date as ${birthDate(p)}.`,
    (p) => `dob: ${birthDate(p)}`,
    (p) => `(born ${birthDate(p)}) attended with her husband.`,
    (p) => `Her date of birth is the ${birthDate(p)} according to the letter.`,
    (p) => `b. ${birthDate(p)}`,
  ],
  'hospital-number': [
    (p) => `His hospital no. is ${hospitalNumber(p)} in case the lab rings.`,
    (p) => `Unit number ${hospitalNumber(p)} was on the drug chart.`,
    (p) => `MRN: ${hospitalNumber(p)}`,
    (p) => `The case note number ${hospitalNumber(p)} was on the front of the folder.`,
    (p) => `I wrote her hospital number (${hospitalNumber(p)}) on the request.`,
    (p) => `Patient ID ${hospitalNumber(p)} appeared on the handover sheet.`,
    (p) => `Hosp No: ${hospitalNumber(p)}.`,
    (p) => `Case notes ref ${hospitalNumber(p)} were missing from the trolley.`,
  ],
  ssn: [
    (p) => `The American visitor's SSN ${ssn(p)} was on the insurance form.`,
    (p) => `Social security number ${ssn(p)} appeared on the faxed notes.`,
  ],
  medicare: [
    (p) => `Her Australian Medicare number ${medicare(p)} was on the travel insurance letter.`,
    (p) => `Medicare card ${medicare(p)} was photocopied into the notes.`,
  ],
  address: [
    (p) => `The district nurse visits her at ${address(p)} twice a week.`,
    (p) => `He was found on the floor at ${address(p)}.`,
    (p) => `Home address: ${address(p)}`,
    (p) => `We did a joint visit to ${address(p)} with social services.`,
    (p) => `The fire service had already been to ${address(p)}.`,
    (p) => `She lives at ${address(p).toLowerCase()} with her cat.`,
  ],
  'person-name': [
    (_p, n) => `Mrs ${n.last()} told me she had stopped the tablets.`,
    (_p, n) => `I phoned Mr. ${n.last()} with the results.`,
    (p, n) => `${p.one(['Ms', 'Miss', 'Mx'])} ${n.last()} brought a list of questions.`,
    (_p, n) => `Dr ${n.last()} from cardiology called back.`,
    (p, n) => `${p.one(['mrs', 'mr', 'dr'])} ${n.last().toLowerCase()} rang about the letter.`,
    (_p, n) => `Reviewed ${n.first()} ${n.last()} in the morning clinic.`,
    (_p, n) => `${n.first()} ${n.last()} came back with worse pain.`,
    (_p, n) => `I spoke to ${n.first()} ${n.last()}'s daughter on the phone.`,
    (_p, n) => `The patient, ${n.first()}, was upset about the wait.`,
    (_p, n) => `Her son ${n.first()} does most of the caring.`,
    (_p, n) => `A man called ${n.first()} ${n.last()} asked for a second opinion.`,
    (_p, n) => `Handover from ${n.first()} ${n.last()} was brief.`,
    (_p, n) => `We met ${n.first()} ${n.last()} and his wife at home.`,
    (_p, n) => `Mrs ${n.first()} ${n.last()} asked whether she could drive.`,
    (p, n) => `${p.one(['Mrs.', 'Mr.', 'Ms'])} ${n.first().charAt(0)}. ${n.last()} attended alone.`,
    (_p, n) => `Patient: ${n.first()} ${n.last()}`,
    (_p, n) => `Her GP, Dr. ${n.last()}, agreed with the plan.`,
    (p, n) => `${n.first()} ${n.last()}, ${p.int(18, 95)}, was admitted overnight.`,
    (_p, n) => `Spoke with ${n.first()} ${n.last()}'s husband about the plan.`,
    (_p, n) => `Seen with her carer, ${n.first()}.`,
    (_p, n) => `I rang ${n.first()} ${n.last()} to explain the result.`,
  ],
};

const CLEAN: Planter[] = [
  (p) => `Started ramipril ${p.one([1.25, 2.5, 5, 10])} mg once daily and rechecked U&E in ${p.int(1, 3)} weeks.`,
  (p) => `BP ${p.int(118, 182)}/${p.int(68, 104)} mmHg sitting; repeat in clinic.`,
  (p) => `HbA1c fell from ${p.int(60, 90)} to ${p.int(45, 59)} mmol/mol over ${p.int(3, 9)} months.`,
  (p) => `eGFR ${p.int(25, 90)}, potassium ${p.int(35, 55) / 10}, creatinine ${p.int(60, 180)} micromol/L.`,
  (p) => `Her CHA2DS2-VASc score was ${p.int(1, 6)} and ORBIT score ${p.int(0, 4)}.`,
  (p) => `Wells score ${p.int(0, 6)}; D-dimer ${p.int(200, 900)} ng/mL.`,
  (p) => `NEWS2 of ${p.int(0, 9)} at ${String(p.int(0, 23)).padStart(2, '0')}:${p.one(['00', '15', '30', '45'])}, so I escalated.`,
  (p) => `I re-read NICE ${p.one(['NG136', 'NG28', 'NG80', 'NG245', 'CG181', 'NG106', 'NG12'])} and the CKS summary.`,
  (p) => `BNF chapter ${p.int(1, 15)}, section ${p.int(1, 9)}.${p.int(1, 9)}.${p.int(1, 9)}, covers this.`,
  () => `SIGN 158 and the BTS guideline disagree on the step-up.`,
  (p) => `In ${p.int(2010, 2026)} the practice changed its repeat prescribing policy.`,
  (p) => `A ${p.int(2, 99)}-year-old with a two-day history of cough.`,
  (p) => `Our list size is ${p.int(4000, 25000)} and we have ${p.int(3, 14)} partners.`,
  () => `I told her to ring 111 overnight or 999 if she became breathless.`,
  (p) => `Temperature ${p.int(365, 401) / 10} C, pulse ${p.int(55, 130)}, SpO2 ${p.int(88, 99)}%.`,
  (p) => `PHQ-9 was ${p.int(3, 26)} and GAD-7 ${p.int(2, 21)} at the review.`,
  (p) => `Glasgow Coma Scale ${p.int(8, 15)} on arrival; CURB-65 of ${p.int(0, 4)}.`,
  (p) => `Prescribed amoxicillin ${p.one([250, 500])} mg TDS for ${p.int(5, 7)} days.`,
  (p) => `Paracetamol ${p.one([500, 1000])} mg QDS max 4 g in 24 hours.`,
  (p) => `Salbutamol 100 micrograms ${p.int(2, 10)} puffs via spacer.`,
  (p) => `The clinic ran ${p.int(10, 45)} minutes late, so I saw ${p.int(12, 30)} patients.`,
  (p) => `We audited ${p.int(20, 300)} records from 01/04/${p.int(2021, 2025)} to 31/03/${p.int(2022, 2026)}.`,
  (p) => `I will re-audit on ${p.int(1, 28)} ${p.one(MONTHS)} ${p.int(2026, 2028)}.`,
  () => `Gibbs' reflective cycle helped me structure the feelings section.`,
  () => `Driscoll's what, so what, now what model suits quick reflections.`,
  () => `The Royal College of General Practitioners curriculum covers this area.`,
  () => `The General Medical Council guidance on candour is clear.`,
  () => `Care Quality Commission inspectors asked about safeguarding leads.`,
  () => `Parkinson's disease nurse specialists run a clinic on Tuesdays.`,
  () => `Graves disease was on the differential; TSH was suppressed.`,
  () => `Stevens-Johnson syndrome is rare but must not be missed.`,
  () => `Will review in two weeks with repeat bloods.`,
  () => `May need a statin if QRISK3 stays above 10%.`,
  () => `Frank haematuria always needs a two-week-wait referral.`,
  () => `Grace period for the QOF data extraction ends next month.`,
  () => `Mark the change in the practice protocol folder.`,
  () => `Hope and fear both came up in the consultation.`,
  () => `Primary Care Network pharmacists now do the medication reviews.`,
  () => `The Ventolin Evohaler was switched to a dry powder inhaler.`,
  () => `Fostair NEXThaler 100/6 one puff twice daily.`,
  (p) => `Vitamin B12 ${p.one([1, 2])} mg daily after the injection course.`,
  (p) => `Level ${p.int(1, 3)} safeguarding training is due in ${p.one(MONTHS)}.`,
  (p) => `The Five Year Forward View mentioned ${p.int(5, 50)} new roles.`,
  () => `Triple-loop learning: we changed how the team decides who triages.`,
  () => `I learned from a pharmacist colleague and the practice nurse.`,
  (p) => `Reading: BMJ ${p.int(2000, 2025)};${p.int(300, 390)}:${p.int(1000, 9999)}.`,
  (p) => `Version ${p.int(1, 5)}.${p.int(0, 9)} of the local pathway went live at ${p.int(8, 17)}:00.`,
  (p) => `QOF indicator ${p.one(['DM012', 'AST007', 'HYP008', 'CHD015'])} was discussed at the huddle.`,
  (p) => `Warfarin dose changed to ${p.int(2, 9)} mg; INR target 2.5, range 2.0-3.0.`,
  () => `My belief that antibiotics shorten sore throats was firmly held.`,
  () => `Single-loop learning fixed the error; double-loop questioned the rota.`,
  (p) => `Ferritin ${p.int(5, 300)} micrograms/L, haemoglobin ${p.int(80, 150)} g/L, MCV ${p.int(70, 105)} fL.`,
  (p) => `Lipids: total cholesterol ${p.int(35, 80) / 10}, LDL ${p.int(15, 50) / 10} mmol/L.`,
  (p) => `Peak flow ${p.int(200, 600)} L/min, ${p.int(50, 100)}% of predicted.`,
  (p) => `The audit standard is ${p.int(80, 100)}% within ${p.int(2, 48)} hours.`,
  () => `Kolb's cycle reminded me to plan an experiment, not just describe.`,
  (p) => `Room ${p.int(1, 20)}, session ${p.int(1, 4)}, ${p.int(9, 16)}:30 to ${p.int(10, 17)}:00.`,
  () => `Public Health Scotland and NHS England publish different targets.`,
  () => `St Thomas' and Guy's share a single formulary.`,
  (p) => `Weight ${p.int(45, 140)} kg, BMI ${p.int(18, 45)}.${p.int(0, 9)}, waist ${p.int(70, 130)} cm.`,
  () => `The Royal College of General Practitioners published new guidance.`,
  () => `Leeds Teaching Hospitals NHS Trust changed the pathway.`,
  () => `Great Ormond Street Hospital has a useful leaflet.`,
  () => `Northern Ireland and Scotland use different numbers.`,
  () => `Wolff Parkinson White pattern on the ECG.`,
  () => `Mallory Weiss tear suspected after vomiting.`,
  () => `Willow Ward on level 3 had a norovirus outbreak.`,
  () => `Milton Keynes University Hospital shared its audit.`,
  () => `Aneurin Bevan University Health Board and Hywel Dda differ.`,
  () => `The Morecambe Bay investigation changed maternity care.`,
  () => `Gillick competence and the Fraser guidelines applied.`,
  () => `Caldicott principles guide information sharing.`,
  () => `Bolam and Montgomery set the consent standard.`,
  () => `Centor score 3 and FeverPAIN 4, so no antibiotic.`,
  () => `The Mental Health Act section 136 suite was full.`,
  (p) => `Gave 1 g IV ceftriaxone and ${p.int(250, 1000)} ml saline.`,
  (p) => `Dose reduced from 40 mg to 20 mg on ${p.int(1, 28)}/${p.int(1, 12)}/${p.int(2020, 2026)}.`,
  (p) => `She is ${p.int(80, 101)} and lives alone.`,
  () => `Name: not recorded on the form.`,
  () => `ICD-10 J45.9 and SNOMED 195967001 both code asthma.`,
  () => `EMIS template v2.1 updated 2024-05-01.`,
];

/** Makes `count` documents; about half carry front matter, as journal entries do. */
export function generateCorpus(count: number, seed = 20261127): CorpusDoc[] {
  const p = new Pick(mulberry32(seed));
  const names = new Names(p, seed);
  const kinds = Object.keys(PLANTED) as Kind[];
  const weights: Record<Kind, number> = {
    'nhs-number': 3, 'chi-number': 1.5, 'hc-number': 0.5, 'ni-number': 1.5, postcode: 2, phone: 3, email: 2, dob: 2.5,
    'hospital-number': 2, ssn: 0.5, medicare: 0.5, address: 2, 'person-name': 5,
  };
  const total = kinds.reduce((sum, kind) => sum + weights[kind], 0);
  const pickKind = (): Kind => {
    let r = p.rng() * total;
    for (const kind of kinds) {
      r -= weights[kind];
      if (r <= 0) return kind;
    }
    return 'person-name';
  };
  const docs: CorpusDoc[] = [];
  for (let d = 0; d < count; d++) {
    const labels = new Map<number, Kind[]>();
    const lines: string[] = [];
    const frontMatter = p.chance(0.5);
    if (frontMatter) {
      lines.push('---', `id: 01JD${String(d).padStart(4, '0')}ABCDEFGHJKMNPQRSTV`.slice(0, 30), `title: Reflection ${d}`, `date: 2026-${String(p.int(1, 12)).padStart(2, '0')}-${String(p.int(1, 28)).padStart(2, '0')}`, 'author: Dr Test Clinician', 'tags: [asthma, prescribing]', '---', '');
    }
    lines.push(`## What happened`, '');
    labels.set(lines.length - 1, []);
    const sentences = p.int(5, 10);
    for (let s = 0; s < sentences; s++) {
      if (p.chance(0.35)) {
        const kind = pickKind();
        lines.push(p.one(PLANTED[kind])(p, names));
        labels.set(lines.length, [kind]);
      } else {
        lines.push(p.one(CLEAN)(p, names));
        labels.set(lines.length, []);
      }
      lines.push('');
    }
    docs.push({ file: `gen-${String(d).padStart(4, '0')}.md`, text: lines.join('\n'), labels });
  }
  return docs;
}
