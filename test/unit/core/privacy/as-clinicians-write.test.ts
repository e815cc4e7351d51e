import { describe, expect, it } from 'vitest';
import { scanText } from '../../../../src/core/privacy/scan.js';
import { scanOptions } from '../../../helpers/name-lexicon.js';

const scan = (text: string) => scanText(text, 'x.md', scanOptions());
const found = (text: string) => scan(text).map((f) => [f.kind, f.text]);

// The examples of issue 13 itself (not the held-out corpus): what a clinician types, and what must stay clean.
describe('identifiers as clinicians really type them (issue 13)', () => {
  const names: [string, string][] = [
    ['Saw Mrs jane Smith, 82', 'Mrs jane Smith'],
    ['Mr jones was cross about the wait', 'Mr jones'],
    ['JANE SMITH came back today', 'JANE SMITH'],
    ['Spoke to patient jane about it', 'jane'],
    ['- pt nnaemeka sumulong, frail', 'nnaemeka sumulong'],
    ['Nellie, 71, from bed 9', 'Nellie'],
    ['KG 65yo F with chest pain', 'KG 65yo F'],
    ['pt AB (67M) on the trolley', 'AB (67M)'],
    ['husband Ikechukwu at bedside', 'Ikechukwu'],
    ['I phoned Seosamh Charalambous', 'Seosamh Charalambous'],
    ['Reviewed Paramanathan in resus', 'Paramanathan'],
  ];
  for (const [text, name] of names) {
    it(`finds the name "${name}" in "${text}"`, () => expect(found(text)).toContainEqual(['person-name', name]));
  }

  const numbersAndPlaces: [string, string, string][] = [
    ['NHS number 491 436\n1752 on the letter', 'nhs-number', '491 436\n1752'],
    ['the number was 491.436.1752', 'nhs-number', '491.436.1752'],
    ['CHI 01 01 01 12 37', 'chi-number', '01 01 01 12 37'],
    ['OHIP 4392-594-273-VG', 'ohip', '4392-594-273-VG'],
    ['DOB 3-Dec-47', 'dob', '3-Dec-47'],
    ['Eircode D02 X285', 'eircode', 'D02 X285'],
    ['postal code K1A 0B1', 'ca-postcode', 'K1A 0B1'],
    ['Unit 11/164 Wattle Avenue, Dubbo NSW 2830', 'address', 'Unit 11/164 Wattle Avenue, Dubbo NSW 2830'],
  ];
  for (const [text, kind, value] of numbersAndPlaces) {
    it(`finds ${kind} in "${text.replace('\n', '\\n')}"`, () => expect(found(text)).toContainEqual([kind, value]));
  }
});

describe('clinical prose that is not patient-identifiable stays clean (issue 13)', () => {
  const clean = [
    "I reread Kathryn Mannix's With the End in Mind.",
    "Cicely Saunders' total pain fits this.",
    'Transferred to Alder Hey overnight.',
    'The Marie Curie nurse came at six.',
    'Sue Ryder hospice took her in the end.',
    'Nightingale ward was full.',
    'Drove back from Fort William.',
    'She lives in Harold Wood.',
    'It was Christmas Eve on the unit.',
    'ISBN 0140449132 in the reading list.',
    'courier ref 9434765918 for the samples',
    'Referred via dermatology.referrals@nhs.net as usual.',
  ];
  for (const line of clean) {
    it(`finds nothing in "${line}"`, () => expect(scan(line)).toEqual([]));
  }

  it('flags a ten-digit number failing the NHS check digit at low confidence, and only next to "NHS"', () => {
    expect(scan('NHS no 9434765918').map((f) => [f.kind, f.confidence, f.reason])).toEqual([['nhs-number', 'low', 'label-bad-check-digit']]);
    expect(scan('It came to 9434765918 in the end')).toEqual([]);
  });

  it('says why each finding was raised', () => {
    expect(scan('Mrs jane Smith').map((f) => f.reason)).toEqual(['title']);
    expect(scan('NHS 943 476 5919').map((f) => f.reason)).toEqual(['check-digit']);
  });
});
