import { matchesOf, type Candidate, type Detector } from './context.js';

// Labels of local record numbers (hospital, unit, MRN, case notes, PAS). There is no national format, so the label
// is what makes a code an identifier (DOMAIN.md section 4).
const LABEL =
  /\b(?:(?:hospital|hosp|unit|case[\s-]?notes?|casenote|medical[\s-]+records?|health[\s-]+records?|patient|pas|trust|record|registration|clinic|chart|ur|k)\.?\s*(?:number|no|num|nr|id|identifier|ref|reference|#)(?![\w])\.?|(?:hospital|hosp)\.?\s+(?:id|ref(?:erence)?|card)\b|mrn\b|m\.r\.n\.?|crn\b|rxh\b|urn\b|ur\b)/gi;
// What may stand between the label and the code: punctuation and a few small words ("MRN is", "unit number: ",
// "hospital number for her was").
const GAP = /^(?:[\s:#=.,(-]|\b(?:is|was|of|for|her|his|their|the|patient|number|no)\b)*/i;
// A local code: optional letters, then at least five digits (in at most two groups), optional trailing letter.
const CODE = /^([A-Z]{0,4}[-/]?\d(?:[ -]?\d){4,11}[A-Z]?)(?![\w-])/i;
// Reversed: "K431410 (hospital number)": found from the label, then the code is read backwards.
const LABEL_AFTER = /\b(?:hospital|hosp|unit|mrn|case\s?note|pas)\b/gi;
const CODE_BEFORE = /(?<![\w-])([A-Z]{0,4}[-/]?\d{5,12}[A-Z]?)\s*\(?\s*$/i;
// With no label: letters glued to six to nine digits (RX3463204, K431410) look like local numbers; low confidence.
const BARE_CODE = /(?<![\w-])(?!(?:NCT|ISRCTN|EUDRACT|ISBN|ISSN|DOI|PMID|PMC|SNOMED|ICD|INC|REQ|RITM|CHG|TASK|PRB|CS|SR|WO|PO)\d)([A-Z]{1,3}\d{6,9})(?![\w-])/g;
// A service desk ticket, an order or an incident report: letters and digits that are not a person's record.
const NOT_A_RECORD = /\b(?:ticket|incident|job|order|invoice|request|call|case|datix|ref|reference|po|serial|batch|lot|model|part|flight|train)\b[^.\n]{0,12}$/i;

/** Hospital, unit and MRN numbers: a code with five or more digits next to such a label. */
export const detectHospitalNumbers: Detector = (text) => {
  const out: Candidate[] = [];
  for (const label of matchesOf(LABEL, text)) {
    const from = label.index + label[0].length;
    const rest = text.slice(from, from + 60);
    const gap = GAP.exec(rest)?.[0] ?? '';
    if (gap.includes('\n\n')) continue;
    const code = CODE.exec(rest.slice(gap.length));
    if (!code) continue;
    const start = from + gap.length;
    out.push({ start, end: start + (code[1] as string).length, kind: 'hospital-number', confidence: 'high', reason: 'label' });
  }
  for (const label of matchesOf(LABEL_AFTER, text)) {
    const window = text.slice(Math.max(0, label.index - 24), label.index);
    const code = CODE_BEFORE.exec(window);
    if (!code) continue;
    const start = label.index - window.length + code.index;
    out.push({ start, end: start + (code[1] as string).length, kind: 'hospital-number', confidence: 'high', reason: 'label' });
  }
  for (const match of matchesOf(BARE_CODE, text)) {
    if (NOT_A_RECORD.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'hospital-number', confidence: 'low', reason: 'local-code' });
  }
  return out;
};
