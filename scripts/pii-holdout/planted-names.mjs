// Sentences that plant a name the way clinicians type one: after a title in any case, in capitals, after "pt", a
// given name with an age, a bed or a relation, initials with age and sex, full names no list knows, a bare surname.
import { lower, nameSpan, span, t, upper } from './parts.mjs';

/** Marks a template that names someone after a title, the commonest way a reflection names a patient. */
const titled = (template) => Object.assign(template, { titled: true });

const age = (p) => p.weighted([[1, p.int(18, 64)], [3, p.int(65, 99)]]);
const bed = (p) => p.int(1, 32);
const RELATIONS = ['husband', 'wife', 'daughter', 'son', 'partner', 'sister', 'brother', 'niece', 'granddaughter', 'grandson'];

/** Each entry: (ctx) => parts. ctx = { p, people, region, notes }. */
export const NAME_PROSE = [
  titled(({ p, people, region }) => {
    const x = people.person(region);
    return t`Saw ${nameSpan(`${p.one(x.titles)} ${lower(x.given)} ${x.surname}`, 'title-mixed-case', [x.given, x.surname])}, ${age(p)}, who had come in alone again.`;
  }),
  titled(({ p, people, region }) => {
    const x = people.person(region);
    return t`${nameSpan(`${p.one(x.titles)} ${lower(x.surname)}`, 'title-lower-surname', [x.surname])} was much brighter this morning and asked to go home.`;
  }),
  titled(({ p, people, region }) => {
    const x = people.person(region);
    return t`I phoned ${nameSpan(`${p.one(x.titles)} ${x.surname}`, 'title', [x.surname])} after clinic to explain the result, which felt better than a letter.`;
  }),
  titled(({ p, people, region }) => {
    const x = people.person(region);
    return t`${nameSpan(`${p.one(x.titles)} ${x.full}`, 'title', [x.given, x.surname])} asked me quite directly whether she was dying, and I hesitated.`;
  }),
  ({ people, region }) => {
    const x = people.person(region);
    return t`I phoned ${nameSpan(x.full, 'full-name', [x.given, x.surname])} to apologise for the delay with the scan.`;
  },
  ({ people, region }) => {
    const x = people.person(region);
    return t`${nameSpan(x.full, 'full-name', [x.given, x.surname])} came back with worse pain, and I wondered what I had missed.`;
  },
  ({ people, region }) => {
    const x = people.person(region);
    return t`Reviewed ${nameSpan(x.full, 'full-name', [x.given, x.surname])} on the ward round; the family were frightened.`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`Reviewed ${nameSpan(x.surname, 'bare-surname', [x.surname])} in ${p.one(['resus', 'majors', 'bay 4', 'the side room', 'CDU'])} and felt out of my depth.`;
  },
  ({ people, region }) => {
    const x = people.person(region);
    return t`I chased the bloods for ${nameSpan(x.surname, 'bare-surname', [x.surname])} twice before handover.`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`${nameSpan(x.given, 'given-age-bed', [x.given])}, ${age(p)}, from bed ${bed(p)}, kept asking for her husband all night.`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`I spent twenty minutes with ${nameSpan(x.given, 'given-age-bed', [x.given])}, ${age(p)}, who had been on a trolley since six.`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`Her ${p.one(RELATIONS)}, ${nameSpan(x.given, 'relation', [x.given])}, had been caring for her alone and was exhausted.`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`${p.one(['Husband', 'Wife', 'Daughter', 'Son'])} ${nameSpan(x.given, 'relation', [x.given])} at the bedside throughout, which helped.`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`I rang the ${p.one(['daughter', 'son', 'niece'])}, ${nameSpan(x.full, 'relation', [x.given, x.surname])}, to talk about ceilings of care.`;
  },
  ({ people, region }) => {
    const x = people.person(region);
    return t`The label on the bottle said ${nameSpan(upper(x.full), 'caps-full', [x.given, x.surname])}, but the wristband did not match.`;
  },
  ({ p, people }) => t`A ${p.one(['frail', 'quiet', 'very anxious'])} lady, ${span('person-name', `${people.initials()} ${age(p)}yo ${p.one(['F', 'M'])}`, 'initials-age-sex')}, was waiting in the corridor.`,
  ({ people, region }) => {
    const x = people.person(region);
    return t`It was ${nameSpan(x.given, 'given-only', [x.given])} who noticed first that her mum was not herself.`;
  },
  titled(({ people, region }) => {
    const x = people.person(region);
    return t`${nameSpan(`Dr ${x.surname}`, 'colleague', [x.surname])} stayed late to help me with the family meeting.`;
  }),
];

export const NAME_NOTES = [
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`pt ${nameSpan(lower(x.full), 'pt-lower', [x.given, x.surname])}, ${p.one(['frail', 'lives alone', 'known to DNs', 'poor historian'])}`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`patient ${nameSpan(lower(x.given), 'pt-lower', [x.given])} ${p.one(['v anxious re scan', 'keen to go home', 'declined obs', 'asking for tea'])}`;
  },
  titled(({ p, people, region }) => {
    const x = people.person(region);
    return t`${nameSpan(`${lower(p.one(x.titles))} ${lower(x.surname)}`, 'title-lower', [x.surname])} - ${p.one(['?UTI, for MSU', 'bloods chased', 'for OGD tmrw', 'confused overnight'])}`;
  }),
  titled(({ p, people, region }) => {
    const x = people.person(region);
    return t`${nameSpan(upper(`${p.one(x.titles)} ${x.surname}`), 'title-caps', [x.surname])} - ${p.one(['FOR CT HEAD', 'NBM', 'DNACPR SIGNED', 'SEE FIRST'])}`;
  }),
  ({ people, region }) => {
    const x = people.person(region);
    return t`PT: ${nameSpan(upper(x.full), 'caps-full', [x.given, x.surname])}`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`bed ${bed(p)}: ${nameSpan(x.given, 'given-age-bed', [x.given])} (${age(p)}) ?${p.one(['aspiration', 'sepsis', 'delirium', 'PE'])}`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`${nameSpan(x.given, 'given-age-bed', [x.given])}, ${age(p)}, bed ${bed(p)} - ${p.one(['for discharge', 'EOL care', 'falls ++', 'pain controlled'])}`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`${p.one(RELATIONS)} ${nameSpan(x.given, 'relation', [x.given])} at bedside`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`NOK: ${p.one(RELATIONS)} ${nameSpan(x.given, 'relation', [x.given])}`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    if (region === 'au') return t`${p.one(['Aunty', 'Uncle'])} ${nameSpan(x.given, 'relation', [x.given])} here with family, wants to go back to community`;
    return t`${p.one(RELATIONS)} (${nameSpan(lower(x.given), 'relation', [x.given])}) to ring back re DNACPR`;
  },
  ({ p, people }) => t`pt ${span('person-name', `${people.initials()} (${age(p)}${p.one(['M', 'F'])})`, 'initials-age-sex')} ${p.one(['SOB', 'fall', 'CP', 'confused'])}`,
  ({ p, people }) => t`${span('person-name', `${people.initials()} ${age(p)}yo ${p.one(['F', 'M'])}`, 'initials-age-sex')}, ${p.one(['COPD', 'T2DM', 'AF on DOAC', 'Parkinson\'s'])}`,
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`${nameSpan(x.surname, 'bare-surname', [x.surname])}: ?${p.one(['PE, CTPA booked', 'cellulitis', 'AKI', 'GI bleed'])}`;
  },
  ({ p, people, region }) => {
    const x = people.person(region);
    return t`reviewed ${nameSpan(x.surname, 'bare-surname', [x.surname])} in ${p.one(['resus', 'majors', 'SDEC'])}`;
  },
  titled(({ p, people, region }) => {
    const x = people.person(region);
    return t`saw ${nameSpan(`${p.one(x.titles)} ${lower(x.given)} ${x.surname}`, 'title-mixed-case', [x.given, x.surname])}, ${age(p)}`;
  }),
];

/** Age and sex alone, as a handover list writes them ("82F, ?UTI, bed 9"). */
export const AGE_SEX = [
  ({ p }) => t`${span('age-sex', `${age(p)}${p.one(['F', 'M'])}`)}, ${p.one(['?UTI', 'fall at home', 'NOF', 'CAP'])}, bed ${bed(p)}`,
  ({ p }) => t`bed ${bed(p)} - ${span('age-sex', `${p.one(['M', 'F'])}/${age(p)}`)} - ${p.one(['for CT', 'awaiting OT', 'EOL'])}`,
];
