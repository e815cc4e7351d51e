// Clean lines that a careless scanner flags: eponyms, cited authors and works, institutions and places named after
// people, feasts, references, lab values and doses, times, clinical codes, courier and bleep numbers, role
// mailboxes, first-person reflection and colleagues named by role. None of them identifies a patient. Each trap is
// set in several frames so no sentence repeats often enough to be learnt by heart.
import * as v from './negatives-vocab.mjs';

const labs = (p) =>
  p.one([`Hb ${p.int(68, 150)} g/L`, `eGFR ${p.int(12, 89)}`, `INR ${p.int(10, 60) / 10}`, `CRP ${p.int(5, 320)}`, `Na ${p.int(118, 147)}`, `K ${p.int(28, 68) / 10}`, `lactate ${p.int(10, 90) / 10}`, `trop ${p.int(5, 4000)} ng/L`, `WCC ${p.int(20, 310) / 10}`, `plt ${p.int(18, 600)}`, `pH ${p.int(695, 745) / 100}`, `BNP ${p.int(100, 9000)}`, `Mg ${p.int(4, 12) / 10}`, `bili ${p.int(4, 180)}`]);
const dose = (p) =>
  p.one([`${p.one([2.5, 5, 10])} mg bd`, `enoxaparin ${p.one([20, 40])} mg sc od`, `morphine sulfate ${p.one(['1-2', '2.5-5'])} mg sc prn ${p.one(['1', '2', '4'])}-hourly`, 'midazolam 2.5 mg sc', 'co-amoxiclav 1.2 g IV tds', `furosemide ${p.one([40, 80])} mg IV bd`, `levetiracetam ${p.one([250, 500])} mg bd`, 'Pabrinex 2 pairs tds', 'Oramorph 2.5 mg prn', 'Movicol 1 sachet bd', `prednisolone ${p.one([5, 30, 40])} mg od`, `haloperidol ${p.one([0.5, 1])} mg sc`]);
const clock = (p) => p.one([`${String(p.int(0, 23)).padStart(2, '0')}:${p.one(['05', '20', '40', '55'])}`, `${p.int(1, 11)}${p.one(['am', 'pm'])}`, `${String(p.int(0, 23)).padStart(2, '0')}${p.one(['00', '30', '45'])}h`]);
const duration = (p) => p.one([`${p.int(2, 6)}/7`, `${p.int(1, 6)}/52`, `${p.int(2, 11)}/12`, `${p.int(20, 95)} minutes`, `${p.int(2, 14)} hours`, `${p.int(2, 6)} days`]);
const role = (p, region) => p.one([...v.ROLES, ...v.REGION_ROLES[region]]);
const put = (frame, value) => frame.replace('#', value);
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

const AUTHOR_FRAMES = ['I reread # on the train home and it helped.', '# kept coming back to me during the family meeting.', 'Using # to structure this reflection.', 'My supervisor lent me # after the debrief.', 'Someone at Balint group quoted #.', 'I thought of # when she asked to go home.', '# is on the reading list for our teaching.'];
const HOSPITAL_FRAMES = ['She had been transferred from # the night before.', 'The scan had been done at # in the spring.', 'Her consultant at # had already said no to surgery.', 'The retrieval team from # arrived at three in the morning.', 'We tried to get him back to #, where he knew the staff.', 'I did my first job at #, so the corridors were familiar.'];
const HOSPICE_FRAMES = ['We discussed a referral to # and she cried with relief.', 'Her husband had volunteered at # for years.', 'She wanted to die at home, not at #.', 'Leaflets from # were in the bag the family brought.', 'The team from # rang to ask how the weekend had gone.'];
const NURSE_FRAMES = ['The # nurse came out at # and was brilliant.', 'Asked for a # nurse overnight so the family could sleep.', 'The # nurse knew her better than any of us.'];
const TOWN_FRAMES = ['Her family drove down from # and arrived after she had died.', '# has no out-of-hours pharmacy, which shaped the whole plan.', 'The ambulance was coming from #, ninety minutes away.', 'The nearest CT scanner is in #.', 'He grew up near # and wanted to be buried there.'];
const DAY_FRAMES = ['Working on # with half the usual staff was harder than I expected.', 'By # the department was full and we were boarding in corridors.', 'She wanted to be home for #, and we nearly managed it.', 'I swapped shifts so I could be off on #, and felt guilty.', '# in resus: nobody should die alone, and she did not.'];
const EPONYM_FRAMES = ['I had not seen # outside a textbook before.', 'Known #, so I was careful with the antiemetics.', 'The FY2 asked me to explain #, and I could not do it simply.', 'A background of # made the examination hard.', 'We missed # at first because the story did not fit.'];
const SCORE_FRAMES = ['The # was recorded at # and nobody acted on it.', 'I had never calculated a # by hand before.', 'The # on admission would have changed nothing.'];
const ROLE_FRAMES = ['I asked # to review with me, and I am glad I did.', '# said I had done the right thing, but I am not sure.', 'Debriefed with # afterwards over a cold tea.', '# noticed I was struggling before I did.', 'I should have called # an hour earlier.'];
const REFERENCE_FRAMES = ['I checked # and realised I had the dose wrong.', '# would have said otherwise, but she did not want another admission.', 'Our local pathway is older than #.', 'I looked up # on my phone in the sluice.'];

/** Each (ctx) => string; ctx = { p, region }. Written as prose by a clinician. */
export const NEG_PROSE = [
  ({ p }) => put(p.one(AUTHOR_FRAMES), p.one(v.AUTHORS)),
  ({ p, region }) => put(p.one(HOSPITAL_FRAMES), p.one(v.HOSPITALS[region])),
  ({ p, region }) => put(p.one(HOSPICE_FRAMES), p.one(v.HOSPICES[region])),
  ({ p }) => put(put(p.one(NURSE_FRAMES), p.one(['Marie Curie', 'Macmillan', 'Sue Ryder', 'hospice at home'])), clock(p)),
  ({ p }) => `The bed on ${p.one(v.WARDS)} was only free after ${p.one(['the discharge lounge opened', 'the ward round', 'two hours of phone calls'])}.`,
  ({ p, region }) => put(p.one(TOWN_FRAMES), p.one(v.TOWNS[region])),
  ({ p, region }) => put(p.one(DAY_FRAMES), p.one(v.DAYS[region])),
  ({ p }) => put(p.one(EPONYM_FRAMES), p.one(v.EPONYMS)),
  ({ p }) => capital(put(put(p.one(SCORE_FRAMES), p.one(v.SCORES)), clock(p))),
  ({ p }) => `The ${p.one(v.EQUIPMENT)} had been in ${p.one(['longer than anyone could say', 'since the last admission', `for ${duration(p)}`])}.`,
  ({ p, region }) => capital(put(p.one(ROLE_FRAMES), role(p, region))),
  ({ p }) => put(p.one(REFERENCE_FRAMES), p.one(v.REFERENCES)),
  ({ p }) => `Her ${labs(p)} had been ${p.one(['falling', 'rising', 'creeping up'])} for ${duration(p)} and nobody had noticed the trend.`,
  ({ p }) => `We started ${dose(p)} and I stayed to see it work.`,
  ({ p }) => `On reflection, ${dose(p)} was too much for someone so frail.`,
  ({ p }) => `It took ${p.int(20, 95)} minutes to find a bed and ${p.int(2, 6)} hours to get her to it.`,
  ({ p }) => `I bleeped ${p.one(['the med reg', 'the surgical SHO', 'the outreach team'])} on ${p.int(1000, 8999)} ${p.one(['three times', 'twice', 'at ' + clock(p)])} before anyone answered.`,
  ({ p, region }) => `I emailed ${p.one(v.MAILBOXES[region])} with the ${p.one(['referral', 'photos', 'letter'])}, as the pathway asks.`,
  ({ p }) => `The audit used SNOMED ${p.one(v.SNOMED)} and ICD-10 ${p.one(v.ICD10)} to find the cases.`,
  ({ p }) => `${p.one(['Searching the', 'A search of the', 'Filtering the'])} record for Read code ${p.one(v.READ)} found ${p.int(12, 300)} patients.`,
  ({ p }) => `The book I ${p.one(['used', 'borrowed', 'was given'])} was ISBN ${v.isbn10(p)}.`,
  ({ p }) => `The new ${p.one(['otoscope', 'sats probe', 'syringe driver'])} came by ${p.one(['DHL', 'courier'])} (waybill ${v.failingTen(p)}) ${p.one(['a week late', 'on the wrong ward'])}.`,
  ({ p }) => `The evidence is summarised in doi:10.${p.int(1000, 1999)}/${p.one(['bmj', 'bjgp', 'pmj'])}.${p.one(['m', 'l'])}${p.int(1000, 9999)} (PMID ${p.int(30000000, 39999999)}).`,
  () => 'I felt out of my depth and said so, which is new for me.',
  () => 'I should have escalated sooner; next time I will ring before the second set of obs.',
  () => 'What I learned: ask what matters to her before asking what is the matter.',
  () => 'Will need a repeat ECG in the morning, and I handed that over.',
  () => 'Grace under pressure is what I saw in the nurse, not in me.',
  () => 'Frank conversation with the family about ceilings of care.',
  () => 'Amber flags on the sepsis screen but no red ones, so I waited.',
  () => 'Dawn ward round ran an hour late because of the fire alarm.',
  () => 'Hope was the word she kept using, even at the end.',
  ({ p }) => {
    const years = p.int(19, 88);
    const article = /^(8|11|18)/.test(String(years)) ? 'An' : 'A';
    return `${article} ${years}-year-old ${p.one(['man', 'woman'])} with ${p.one(['chest pain', 'a fall', 'new confusion'])}; ${p.one(['the ECG was normal but I kept them in', 'bloods were unremarkable', 'I nearly sent them home'])}.`;
  },
  () => 'The NHS began on 5 July 1948, and the ward clerk reminded us of it at the party.',
  ({ p }) => `I will re-audit in ${p.one(['March', 'June', 'September', 'January'])} ${p.int(2026, 2028)} against the same standard.`,
  ({ p }) => `Sat with her while the ${p.one(['chaplain', 'imam', 'priest', 'rabbi', 'Elder'])} prayed; I did not know what to do with my hands.`,
  ({ p }) => `Dose was ${dose(p)}; ${labs(p)}; ${labs(p)}.`,
  ({ p }) => `Handover took ${p.int(20, 90)} minutes and I left at ${clock(p)}.`,
];

const NOTE_PLACES = ['NOK aware, family travelling from #', 'lives near #, no car', 'transfer from # pending'];

/** Hurried notes: bullet fragments, abbreviations, values. */
export const NEG_NOTES = [
  ({ p }) => `${labs(p)}, ${labs(p)}, ${labs(p)}`,
  ({ p }) => `plan: ${dose(p)}, rv ${p.one(['2/52', '3/7', '6/12', '48h'])}`,
  ({ p }) => `obs ${clock(p)}: HR ${p.int(48, 150)}, BP ${p.int(80, 190)}/${p.int(40, 110)}, RR ${p.int(10, 36)}, sats ${p.int(84, 99)}% on ${p.one(['RA', '2L', '15L NRB'])}`,
  ({ p }) => `GCS ${p.int(8, 15)} (E${p.int(1, 4)} V${p.int(1, 5)} M${p.int(1, 6)})`,
  ({ p }) => `hx ${p.one(v.EPONYMS)}, ${p.one(['T2DM', 'COPD', 'IHD'])}, CKD ${p.int(2, 4)}`,
  ({ p, region }) => `?${p.one(v.EPONYMS)} - d/w ${role(p, region)}`,
  ({ p, region }) => `d/w ${role(p, region)}, ${p.one(['agrees', 'happy with plan', 'to see after board round'])}`,
  ({ p }) => `${p.one(['bleep', 'bleep #', 'pager'])} ${p.int(1000, 8999)} if ${p.one(['worse', 'NEWS >5', 'K >6'])}`,
  ({ p }) => `ext ${p.int(2000, 7999)} for ${p.one(['the ward', 'pharmacy', 'the bed bureau'])}`,
  ({ p, region }) => `${p.one(['referral emailed to', 'photos sent to', 'cc'])} ${p.one(v.MAILBOXES[region])}`,
  ({ p, region }) => `for transfer to ${p.one(v.HOSPITALS[region])} ${p.one(['when bed', 'tmrw', 'once accepted'])}`,
  ({ p, region }) => `${p.one(v.HOSPICES[region])} ${p.one(['aware', 'to call back', 'referral sent'])}`,
  ({ p }) => `${p.one(['Marie Curie', 'Macmillan', 'Sue Ryder'])} nurse ${p.one(['overnight', 'tomorrow', 'aware'])}`,
  ({ p }) => `moved to ${p.one(v.WARDS)}`,
  ({ p }) => `bed ${p.int(1, 30)} - side room for ${p.one(['C diff', 'flu A', 'COVID', 'CPE screen'])}`,
  ({ p }) => `${p.one(v.SCORES)} ${p.int(3, 14)}`,
  ({ p }) => `SNOMED ${p.one(v.SNOMED)} / ICD-10 ${p.one(v.ICD10)} / Read ${p.one(v.READ)}`,
  ({ p }) => `per ${p.one(v.REFERENCES)}`,
  ({ p }) => `PMID ${p.int(30000000, 39999999)} - ${p.one(['read later', 'for journal club', 'good review'])}`,
  ({ p }) => `ISBN ${v.isbn10(p)} (${p.one(['library copy', 'for the book club', 'ordered'])})`,
  ({ p }) => `parcel ${p.one([`${v.failingTen(p)} (DHL)`, `JX${p.digits(9)}GB`, `CE${p.digits(9)}IE`, `${p.digits(4)} ${p.digits(4)} ${p.digits(4)} ${p.digits(4)} (Canada Post)`])} - ${p.one(['the new BP cuffs', 'syringe drivers', 'returned'])}`,
  ({ p }) => `IT ticket INC${p.digits(7)} - ${p.one(['printer on ward again', 'EPR frozen', 'no PACS'])}`,
  ({ p }) => `${p.one(['flu vax', 'COVID booster', 'B12 inj'])} lot ${p.one(['FH', 'EK', 'PX'])}${p.int(1000, 9999)} exp ${p.int(1, 12)}/${p.int(26, 28)}`,
  ({ p, region }) => put(p.one(NOTE_PLACES), p.one(v.TOWNS[region])),
  ({ p, region }) => `${p.one(v.DAYS[region])} - ${p.one(['skeleton staff', 'no pharmacy', 'bank staff only'])}`,
  ({ p }) => `nbm from midnight, for ${p.one(['OGD', 'CT AP', 'ERCP'])} ${p.one(['tmrw', 'am'])}`,
  () => 'DNACPR in place, ReSPECT form on the front of the notes',
  () => 'ECHO: MODERATE MR, MILD AS',
  () => 'MS relapse - for IV methylpred, d/w neuro',
  () => 'DR screening overdue',
  () => 'NO ESCALATION TO ITU - AGREED WITH FAMILY',
  () => 'Will review after the scan',
  () => 'Amber flags only',
  ({ p }) => `trop ${p.int(5, 80)} -> ${p.int(5, 300)} at ${clock(p)}`,
  () => '111 if worse, 999 if chest pain',
  ({ p }) => `fluids: ${p.int(500, 1000)} ml Hartmann's over ${p.int(1, 8)}h`,
  ({ p }) => `${duration(p)} hx ${p.one(['SOB', 'D&V', 'cough', 'back pain'])}`,
];

/** Lines that are neither identifiers nor traps: headings and plain reflection. */
export const HEADINGS = ['What went well', 'Even better if', 'Learning points', 'Reflection', 'What happened', 'Plan'];
export const FILLERS = ['Felt rushed.', 'Good outcome in the end.', 'To discuss at supervision.', 'Key learning: escalate earlier.', 'I was tired and it showed.', 'Nobody was harmed, but it was close.'];
export const NOTE_FILLERS = ['felt rushed', 'to discuss at supervision', 'good outcome', 'escalate earlier next time', 'debrief done', 'Plan:'];
