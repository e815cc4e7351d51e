import { describe, expect, it } from 'vitest';
import { loadDateParser } from '../../../../src/codecs/natural-date.js';
import { hashtagsOf, mayStartWithDate, parseQuickNote, titleFrom } from '../../../../src/core/reflection/quick-capture.js';

const NOW = new Date('2026-11-27T12:00:00Z'); // a Friday
const parse = await loadDateParser();
const isDate = (phrase: string) => parse(phrase, NOW) !== undefined;
const note = (text: string) => {
  const n = parseQuickNote(text, isDate);
  return { ...n, date: n.dateText ? parse(n.dateText, NOW) : undefined };
};

describe('quick capture', () => {
  it('takes a leading date with a colon or a dash, or a plain leading day word', () => {
    expect(note('yesterday: learned that under-fives need the spacer mask')).toMatchObject({
      date: '2026-11-26',
      text: 'learned that under-fives need the spacer mask',
      title: 'Learned that under-fives need the spacer mask',
    });
    expect(note('last Tuesday - NICE NG136 changed my targets')).toMatchObject({ date: '2026-11-24', text: 'NICE NG136 changed my targets' });
    expect(note('2026-11-20: audit of warfarin monitoring')).toMatchObject({ date: '2026-11-20' });
    expect(note('20/11/2026: audit')).toMatchObject({ date: '2026-11-20', text: 'audit' });
    expect(note('3 days ago: a long call with a carer')).toMatchObject({ date: '2026-11-24' });
    expect(note('Yesterday learned about lactate')).toMatchObject({ date: '2026-11-26', text: 'learned about lactate' });
    expect(note('this morning, a tricky consent conversation')).toMatchObject({ date: '2026-11-27', text: 'a tricky consent conversation' });
    expect(note('on Monday the huddle ran over')).toMatchObject({ date: '2026-11-23', text: 'the huddle ran over' });
    expect(note('Monday: the huddle ran over')).toMatchObject({ date: '2026-11-23', text: 'the huddle ran over' });
  });

  it('never mistakes the start of a note for a date', () => {
    for (const text of ['Sepsis 6: lactate before fluids', 'NICE NG136: new targets', 'May need to check renal function first', 'Monday clinic is always busy']) {
      const n = note(text);
      expect(n.dateText, text).toBeUndefined();
      expect(n.text).toBe(text);
    }
  });

  it('loads the natural-language parser only when the start may be a date', () => {
    expect(mayStartWithDate('yesterday: x')).toBe(true);
    expect(mayStartWithDate('last Tuesday - x')).toBe(true);
    expect(mayStartWithDate('Sepsis 6: lactate')).toBe(false);
    expect(mayStartWithDate('lactate before fluids')).toBe(false);
  });

  it('makes a title from the first sentence, cut at a word', () => {
    expect(titleFrom('lactate before fluids. Then the rest.')).toBe('Lactate before fluids');
    const long = titleFrom('a very long note about the way we run the morning huddle and who speaks first and why it matters');
    expect(long.length).toBeLessThanOrEqual(61);
    expect(long.endsWith('…')).toBe(true);
    expect(long).not.toMatch(/\s…$/);
  });

  it('turns #words into tags', () => {
    expect(hashtagsOf('spacers #Asthma and #end-of-life care, #asthma again')).toEqual(['asthma', 'end-of-life']);
    expect(note('yesterday: #sepsis lactate first').title).toBe('Sepsis lactate first');
    expect(note('spacers need masks under five #asthma #paediatrics').title).toBe('Spacers need masks under five');
  });
});
