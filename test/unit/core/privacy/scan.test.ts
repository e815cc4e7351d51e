import { describe, expect, it } from 'vitest';
import { hasChiDate, isValidChiMod10, isValidMedicare, isValidNhsNumber, isValidNinoPrefix, isValidSsn } from '../../../../src/core/privacy/checksums.js';
import { scanEntryFile, scanText, type IdentifierKind } from '../../../../src/core/privacy/scan.js';
import { describeFindings } from '../../../../src/ui/privacy-findings.js';
import { scanOptions } from '../../../helpers/name-lexicon.js';

const kinds = (text: string, options = {}) => scanText(text, 'x.md', scanOptions(options)).map((f) => f.kind);
const texts = (text: string, options = {}) => scanText(text, 'x.md', scanOptions(options)).map((f) => f.text);

describe('check digits and ranges (DOMAIN.md section 4)', () => {
  it('accepts the worked NHS example and rejects the published examples that fail the check', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9991234560')).toBe(false);
    expect(isValidNhsNumber('9876544321')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
  });

  it('reads a CHI number’s date of birth and both check-digit schemes', () => {
    expect(hasChiDate('0101011234')).toBe(true);
    expect(hasChiDate('3102011234')).toBe(false);
    expect(hasChiDate('2913011234')).toBe(false);
    // A mod-10 CHI: double the odd positions, subtract 9 above 9, check = (10 - sum mod 10) mod 10.
    expect(isValidChiMod10('0101011237')).toBe(true);
    expect(isValidChiMod10('0101011236')).toBe(false);
    expect(isValidChiMod10('0101011005')).toBe(true);
    expect(isValidNhsNumber('0101011005')).toBe(false);
  });

  it('checks Medicare, SSN and NI-number rules', () => {
    expect(isValidMedicare('2123456701')).toBe(true);
    expect(isValidMedicare('2123456700')).toBe(false); // issue number 0
    expect(isValidMedicare('7123456701')).toBe(false); // first digit outside 2-6
    expect(isValidSsn('536221234')).toBe(true);
    for (const bad of ['000221234', '666221234', '912221234', '536001234', '536220000', '123456789', '078051120']) expect(isValidSsn(bad), bad).toBe(false);
    expect(isValidNinoPrefix('AB')).toBe(true);
    for (const bad of ['GB', 'BG', 'NK', 'KN', 'NT', 'TN', 'ZZ', 'DA', 'QQ', 'AO']) expect(isValidNinoPrefix(bad), bad).toBe(false);
  });
});

describe('what the scanner finds', () => {
  const cases: [string, IdentifierKind][] = [
    ['NHS number 943 476 5919 on the letter.', 'nhs-number'],
    ['nhs no:9434765919', 'nhs-number'],
    ['The record (943-476-5919) was open.', 'nhs-number'],
    // A mistyped number next to "NHS" is still flagged (typos still identify).
    ['NHS number 943 476 5918', 'nhs-number'],
    ['CHI 0101011237 was on the kardex.', 'chi-number'],
    ['chi 0101011005 (a newer mod-10 CHI)', 'chi-number'],
    ['H&C number 3200000010 on the form', 'hc-number'],
    ['NI number AB 12 34 56 C', 'ni-number'],
    ['National Insurance QQ123456C', 'ni-number'],
    ['He lives near LS6 2RD.', 'postcode'],
    ['Home visit to sw1a1aa.', 'postcode'],
    ['Postcode: EH3', 'postcode'],
    ['Ring her on 07700 900123.', 'phone'],
    ['Tel +44 (0)20 7946 0123', 'phone'],
    ['call 0161-496-0190', 'phone'],
    ['His US cell is +1 212 555 0100.', 'phone'],
    ['Sent to jane.smith@nhs.net by mistake.', 'email'],
    ['write to jane.smith (at) nhs (dot) net', 'email'],
    ['DOB 03/03/1956', 'dob'],
    ['born on the 3rd of March 1956', 'dob'],
    ['d.o.b. 1956-03-03', 'dob'],
    ['Her birthday is 3 March.', 'dob'],
    ['Hospital no. K431410 on the ward list', 'hospital-number'],
    ['MRN: 75836241', 'hospital-number'],
    ['unit number for her is 1234567', 'hospital-number'],
    ['SSN 536-22-1234 on the insurance form', 'ssn'],
    ['Medicare number 2123 45670 1', 'medicare'],
    ['She lives at 14 Mill Lane.', 'address'],
    ['Flat 3, 27 St John’s Road', 'address'],
    ['He lives on Mill Lane near the school.', 'address'],
    ['Mrs Patel told me.', 'person-name'],
    ['mrs patel told me.', 'person-name'],
    ['Dr. J. Smith called.', 'person-name'],
    ['Saw Priya Campbell today.', 'person-name'],
    ['The patient, Ioana Roberts, was anxious.', 'person-name'],
    ['Her son Will does the shopping.', 'person-name'],
    ['I saw priya campbell in clinic.', 'person-name'],
  ];
  for (const [text, kind] of cases) {
    it(`finds ${kind} in "${text}"`, () => expect(kinds(text)).toContain(kind));
  }

  it('reports line, column, the exact text, and why (a valid check digit), 1-based', () => {
    const [finding] = scanText('# Reflection\n\nNHS no 943 476 5919\n', 'r.md', scanOptions());
    expect(finding).toEqual({ file: 'r.md', line: 3, column: 8, kind: 'nhs-number', text: '943 476 5919', confidence: 'high', reason: 'check-digit' });
  });

  it('tells the ten-digit schemes apart by range when there is no context word', () => {
    expect(kinds('(9434765919)')).toEqual(['nhs-number']);
    expect(kinds('(0101011237)')).toEqual(['chi-number']);
  });

  it('never lets a match run across lines (a number at a line end, a street name on the next)', () => {
    expect(scanText('NHS no 764 225 0215\n\nGreat Ormond Street was busy.', 'x.md', scanOptions()).map((f) => [f.line, f.kind])).toEqual([[1, 'nhs-number']]);
    expect(scanText('Patient: Fatima Hamill\n\nGraves disease was likely.', 'x.md', scanOptions()).map((f) => f.text)).toEqual(['Fatima Hamill']);
  });

  it('finds a name wrapped onto the next line of a paragraph', () => {
    expect(scanText('Today I saw Mrs\nPatel and Priya\nCampbell.', 'x.md', scanOptions()).map((f) => [f.line, f.text])).toEqual([
      [1, 'Mrs\nPatel'],
      [2, 'Priya\nCampbell'],
    ]);
  });

  it('reads "b." before a date as born', () => {
    expect(kinds('b. 1/4/99')).toEqual(['dob']);
  });

  it('finds names no list knows when the sentence says they are people', () => {
    expect(texts('Seen with her carer, Sadhbh.')).toEqual(['Sadhbh']);
    expect(texts('Her son Lubna does most of the caring.')).toEqual(['Lubna']);
    expect(texts('Blodwen Jones came in with chest pain.')).toEqual(['Blodwen Jones']);
    expect(texts('Saw Priya Dalgleish today.')).toEqual(['Priya Dalgleish']);
    expect(texts('The Patient Participation Group met.')).toEqual([]);
  });

  it('catches the names on the deny-list in any case', () => {
    expect(texts('we discussed big al again', { names: ['Big Al'] })).toEqual(['big al']);
  });
});

describe('clinical text that must not trip it', () => {
  const clean = [
    'I started amoxicillin 500 mg three times a day for 5 days.',
    'BP was 152/94 on two readings; HbA1c 58 mmol/mol; eGFR 41.',
    'PHQ-9 score 15, GAD-7 score 12; CURB-65 of 2; NEWS2 5 at 14:30.',
    'I revisited NICE NG136 on hypertension and CG181 on lipids.',
    'The BNF section 4.7.2 on opioid equivalence was useful.',
    'In 2019 I would have referred; now I manage it in practice.',
    'I told him to call 111 or 999 if the chest pain returned.',
    'A 78-year-old with recurrent falls taking four sedating drugs.',
    'Our practice list size is 10250 patients across two sites.',
    'Vitamin B12 1mg injections every 3 months; INR 2.0-3.0.',
    'Reading: BMJ 2004;329:1013 on mindlines and tacit guidance.',
    'We audited records from 01/04/2025 to 31/03/2026.',
    'The Five Year Forward View and the 10 Year Health Plan.',
    'Wolff Parkinson White pattern on the ECG; Stevens Johnson syndrome risk.',
    'Willow Ward and Rose Garden are on level 3.',
    'Northern Ireland and South Wales count differently.',
    'Will review in two weeks. May need a statin. Frank haematuria needs referral.',
    'The Patient Group Direction covers this; Patient Participation Group met.',
    'QRS 120 ms wide; MR was moderate; MS nurse review.',
    'I did not want to miss anything the GP said.',
    'I read the guidance at cks.nice.org.uk and nice.org.uk.',
  ];
  for (const line of clean) {
    it(`finds nothing in "${line}"`, () => expect(scanText(line, 'x.md', scanOptions())).toEqual([]));
  }
});

describe('allowing a reviewed false positive', () => {
  it('honours <!-- mindlines:allow kind "text" --> anywhere in the text, and does not scan the comment itself', () => {
    const text = 'Grace Ward is our new ward clerk.\n<!-- mindlines:allow person-name "Grace Ward" -->\n';
    expect(scanText(text, 'x.md', scanOptions())).toEqual([]);
    expect(kinds('Mrs Patel and Grace Ward. <!-- mindlines:allow person-name "Grace Ward" -->')).toEqual(['person-name']);
  });

  it('honours privacy.allow, with or without a kind', () => {
    expect(scanText('Mrs Patel came.', 'x.md', scanOptions({ allow: ['Mrs Patel'] }))).toEqual([]);
    expect(scanText('Mrs Patel came.', 'x.md', scanOptions({ allow: ['person-name "Mrs Patel"'] }))).toEqual([]);
    expect(scanText('Mrs Patel came.', 'x.md', scanOptions({ allow: ['email "Mrs Patel"'] }))).toHaveLength(1);
  });
});

describe('scanning an entry file', () => {
  const entry = [
    '---',
    'id: 01JD3ABCDEFGHJKMNPQRSTVWXY',
    'title: Seeing Mrs Patel about her inhaler',
    'date: 1956-03-03',
    'author: Dr Jane Smith',
    'tags: [asthma, "07700 900123"]',
    'actions:',
    '  - text: Email jane.smith@nhs.net the leaflet',
    '    due: 2026-12-01',
    'beliefs:',
    '  - belief: Mr Jones always uses his spacer',
    'visibility: team',
    '---',
    '',
    '## What happened',
    '',
    'Reviewed at home. <!-- NHS 943 476 5919 -->',
    '![Photo of Mrs Okafor](img/okafor.png) and [the letter](mailto:carer@example.org).',
    '',
  ].join('\n');

  it('scans title, tags, actions, beliefs, the body, comments, alt text and links, with lines of the file', () => {
    const found = scanEntryFile(entry, 'e.md', scanOptions()).map((f) => [f.line, f.kind, f.text]);
    expect(found).toEqual([
      [3, 'person-name', 'Mrs Patel'],
      [6, 'phone', '07700 900123'],
      [8, 'email', 'jane.smith@nhs.net'],
      [11, 'person-name', 'Mr Jones'],
      [17, 'nhs-number', '943 476 5919'],
      [18, 'person-name', 'Mrs Okafor'],
      [18, 'email', 'carer@example.org'],
    ]);
  });

  it('does not scan the author, the id or the entry’s own dates', () => {
    expect(scanEntryFile(entry, 'e.md', scanOptions()).some((f) => f.line === 2 || f.line === 4 || f.line === 5 || f.line === 9)).toBe(false);
  });

  it('scans the whole file when the front matter does not parse, so a broken file hides nothing', () => {
    const broken = '---\ntitle: [Mrs Patel\n---\nbody\n';
    expect(scanEntryFile(broken, 'b.md', scanOptions()).map((f) => f.text)).toEqual(['Mrs Patel']);
  });
});

describe('warnings for the interview', () => {
  it('describes each identifier in an answer in one sentence, and nothing for a clean answer', () => {
    expect(describeFindings(scanText('Saw Mrs Patel, DOB 03/03/1956.', 'answer', scanOptions()), false)).toEqual([
      '"Mrs Patel" looks like a name; use a role ("the patient", "her daughter", "a colleague") instead.',
      '"03/03/1956" looks like a date of birth; give an age band ("in her eighties") instead.',
    ]);
    expect(describeFindings(scanText('A 78-year-old on 5 mg amlodipine.', 'answer', scanOptions()), false)).toEqual([]);
  });
});
