// Synthetic identifiers for the held-out corpus, each valid by its own rules (check digits, ranges, letter sets) and
// written the ways people write them. No real person: NHS numbers come mostly from the 999 test range, phone numbers
// from Ofcom's, ACMA's and the North American drama ranges; other numbers are random with valid check digits.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n, width = 2) => String(n).padStart(width, '0');

/** NHS modulus 11 over the first nine digits (weights 10..2); null when the check would be 10 (never issued). */
export function mod11Check(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return check === 11 ? 0 : check;
}

/** Nine digits from `prefix` and random fill, completed with a valid mod-11 check digit. */
function withMod11(p, prefix) {
  for (;;) {
    const nine = prefix + p.digits(9 - prefix.length);
    const check = mod11Check(nine);
    if (check !== null) return nine + check;
  }
}

/** Luhn check digit for a payload (the digit that makes payload + check pass Luhn). */
export function luhnCheck(payload) {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Ten digits grouped 3-3-4 with `separator`; "\n" after the third or sixth digit wraps the number over a line. */
function group334(digits, separator) {
  return `${digits.slice(0, 3)}${separator}${digits.slice(3, 6)}${separator}${digits.slice(6)}`;
}

export function nhsNumber(p) {
  const digits = p.chance(0.6) ? withMod11(p, '999') : withMod11(p, p.one(['4', '6', '7']) + p.int(0, 9));
  const style = p.weighted([[5, 'spaced'], [2, 'plain'], [1.5, 'hyphen'], [1.5, 'dotted'], [2, 'wrapped']]);
  if (style === 'spaced') return { text: group334(digits, ' '), form: style };
  if (style === 'plain') return { text: digits, form: style };
  if (style === 'hyphen') return { text: group334(digits, '-'), form: style };
  if (style === 'dotted') return { text: group334(digits, '.'), form: style };
  const text = p.chance(0.5)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)}\n${digits.slice(6)}`
    : `${digits.slice(0, 3)}\n${digits.slice(3, 6)} ${digits.slice(6)}`;
  return { text, form: style };
}

/** A date of birth between 1925 and 2004 (day limited to 28 so every month has it). */
export function birthDate(p) {
  return { day: p.int(1, 28), month: p.int(1, 12), year: p.int(1925, 2004) };
}

export function chiNumber(p, date = birthDate(p)) {
  const ddmmyy = `${pad(date.day)}${pad(date.month)}${pad(date.year % 100)}`;
  for (;;) {
    const sex = p.chance(0.5) ? p.one([1, 3, 5, 7, 9]) : p.one([0, 2, 4, 6, 8]);
    const nine = `${ddmmyy}${p.digits(2)}${sex}`;
    const check = mod11Check(nine);
    if (check === null) continue;
    const digits = nine + check;
    return { text: p.chance(0.75) ? digits : `${digits.slice(0, 6)} ${digits.slice(6)}`, form: 'chi' };
  }
}

/** Northern Ireland Health and Care number: 320–399, same mod-11 check as NHS. */
export function hcNumber(p) {
  const digits = withMod11(p, String(p.int(320, 399)));
  return { text: p.chance(0.6) ? group334(digits, ' ') : digits, form: 'hc' };
}

/**
 * Irish Individual Health Identifier: 18 digits, a 7-digit GS1 GSRN prefix (here a synthetic one in GS1 Ireland's
 * 539 range), a 10-digit core from the 812–859 block with a mod-11 check digit, and a GS1 mod-10 check digit. Notes
 * quote either the whole number or the 10-digit core.
 */
export function ihiNumber(p) {
  const core = withMod11(p, String(p.int(812, 859)));
  const body = `5391000${core}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  const full = body + ((10 - (sum % 10)) % 10);
  const style = p.weighted([[3, 'full'], [2, 'core'], [1, 'core-spaced']]);
  if (style === 'full') return { text: p.chance(0.7) ? full : full.replace(/(\d{6})(?=\d)/g, '$1 '), form: 'ihi-full' };
  return { text: style === 'core' ? core : group334(core, ' '), form: 'ihi-core' };
}

/** Ontario health card: 10 digits (Luhn check last), written 4-3-3, with a one- or two-letter version code. */
export function ohipNumber(p) {
  const payload = String(p.int(1, 9)) + p.digits(8);
  const digits = payload + luhnCheck(payload);
  const letters = 'ABCDEFGHJKLMNPRSTVWXYZ';
  const version = p.weighted([[5, 2], [2, 1], [1.5, 0]]);
  const code = Array.from({ length: version }, () => p.one([...letters])).join('');
  const separator = p.weighted([[4, '-'], [3, ' '], [1, '']]);
  const number = `${digits.slice(0, 4)}${separator}${digits.slice(4, 7)}${separator}${digits.slice(7)}`;
  if (!code) return { text: number, form: 'ohip-no-version' };
  return { text: `${number}${p.one([separator || ' ', ' ', '-'])}${code}`, form: 'ohip' };
}

/** Australian Medicare: first digit 2–6, weights 1,3,7,9,1,3,7,9 → check digit 9, issue number 1–9, optional IRN. */
export function medicareNumber(p) {
  const eight = String(p.int(2, 6)) + p.digits(7);
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  const check = [...eight].reduce((sum, d, i) => sum + Number(d) * weights[i], 0) % 10;
  const digits = `${eight}${check}${p.int(1, 9)}`;
  const spaced = `${digits.slice(0, 4)} ${digits.slice(4, 9)} ${digits.slice(9)}`;
  const text = p.weighted([[4, spaced], [2, digits], [1, `${spaced} ${p.int(1, 5)}`], [1, `${digits.slice(0, 4)}-${digits.slice(4, 9)}-${digits.slice(9)}`]]);
  return { text, form: 'medicare' };
}

/** A date of birth in one of the many ways it is written. */
export function dobText(p, date = birthDate(p), region = 'uk') {
  const { day, month, year } = date;
  const mon = MONTHS[month - 1].slice(0, 3);
  const ordinal = day + (day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th');
  const yy = pad(year % 100);
  const forms = [
    [3, `${day}-${mon}-${yy}`],
    [4, `${pad(day)}/${pad(month)}/${year}`],
    [2, `${day}/${month}/${yy}`],
    [2, `${ordinal} ${MONTHS[month - 1]} ${year}`],
    [1.5, `${pad(day)}.${pad(month)}.${year}`],
    [1, `${year}-${pad(month)}-${pad(day)}`],
    [1.5, `${day} ${mon} ${year}`],
    [1, `${pad(day)}-${mon.toUpperCase()}-${year}`],
    [1, `${ordinal} ${mon} '${yy}`],
    [1, `${day}.${month}.${yy}`],
    [region === 'ca' ? 4 : 0.3, `${MONTHS[month - 1]} ${day}, ${year}`],
    [region === 'ca' ? 2 : 0, `${year}/${pad(month)}/${pad(day)}`],
  ];
  return { text: p.weighted(forms), form: 'dob' };
}

const INWARD_LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ'];
const OUTWARD = {
  england: ['LS6', 'M14', 'B15', 'NE4', 'S10', 'L8', 'BS3', 'NG7', 'LE2', 'CB1', 'OX3', 'SW17', 'E1', 'N19', 'SE15', 'TR1', 'EX4', 'PL4', 'YO10', 'HU3', 'DN1', 'RM3', 'MK9', 'CA12'],
  wales: ['CF14', 'SA1', 'LL57', 'NP20', 'SA61', 'LD1'],
  scotland: ['G12', 'EH3', 'AB25', 'DD1', 'IV2', 'KW1', 'HS1', 'PA20', 'PH33', 'ZE1'],
  ni: ['BT9', 'BT48', 'BT35'],
};

export function ukPostcode(p, nation = p.one(Object.keys(OUTWARD))) {
  const code = `${p.one(OUTWARD[nation])} ${p.int(0, 9)}${p.one(INWARD_LETTERS)}${p.one(INWARD_LETTERS)}`;
  const style = p.weighted([[6, 'upper'], [2, 'lower'], [1.5, 'nospace']]);
  if (style === 'lower') return { text: code.toLowerCase(), form: 'postcode-lower' };
  if (style === 'nospace') return { text: code.replace(' ', ''), form: 'postcode-nospace' };
  return { text: code, form: 'postcode' };
}

const ROUTING_KEYS = ['D02', 'D04', 'D06', 'D08', 'D12', 'D15', 'D24', 'D6W', 'A65', 'A94', 'A96', 'T12', 'T23', 'H91', 'V94', 'V92', 'F91', 'X91', 'R95', 'P31', 'Y35', 'N37', 'E91', 'K67', 'W91', 'F92', 'P72', 'H54'];
const EIRCODE_CHARS = [...'0123456789ACDEFHKNPRTVWXY'];
const EIRCODE_LETTERS = [...'ACDEFHKNPRTVWXY'];

export function eircode(p) {
  const unique = p.one(EIRCODE_LETTERS) + Array.from({ length: 3 }, () => p.one(EIRCODE_CHARS)).join('');
  const key = p.one(ROUTING_KEYS);
  const style = p.weighted([[5, 'spaced'], [3, 'joined'], [1.5, 'lower']]);
  if (style === 'joined') return { text: key + unique, form: 'eircode-joined' };
  if (style === 'lower') return { text: `${key} ${unique}`.toLowerCase(), form: 'eircode-lower' };
  return { text: `${key} ${unique}`, form: 'eircode' };
}

const CA_FIRST = { on: [...'KLMNP'], qc: [...'GHJ'], bc: ['V'], ab: ['T'], mb: ['R'], ns: ['B'], nl: ['A'], nu: ['X'] };
const CA_LETTERS = [...'ABCEGHJKLMNPRSTVWXYZ'];

export function caPostcode(p, province = p.one(Object.keys(CA_FIRST))) {
  const code = `${p.one(CA_FIRST[province])}${p.int(0, 9)}${p.one(CA_LETTERS)} ${p.int(0, 9)}${p.one(CA_LETTERS)}${p.int(0, 9)}`;
  const style = p.weighted([[6, 'spaced'], [2, 'joined'], [1.5, 'lower']]);
  if (style === 'joined') return { text: code.replace(' ', ''), form: 'ca-postcode-joined' };
  if (style === 'lower') return { text: code.toLowerCase(), form: 'ca-postcode-lower' };
  return { text: code, form: 'ca-postcode' };
}

export function ukPhone(p) {
  const line = pad(p.int(0, 999), 3);
  const style = p.weighted([[5, 'mobile'], [1, 'mobile-intl'], [4, 'geographic'], [1, 'london'], [0.7, 'ni'], [0.7, 'cardiff'], [0.5, '01632']]);
  if (style === 'mobile') return { text: p.one([`07700 900${line}`, `07700900${line}`, `07700 900 ${line}`, `07700-900-${line}`]), form: 'uk-mobile' };
  if (style === 'mobile-intl') return { text: p.one([`+44 7700 900${line}`, `+447700900${line}`, `+44 (0)7700 900${line}`]), form: 'uk-mobile' };
  if (style === 'london') return { text: p.one([`020 7946 0${line}`, `(020) 7946 0${line}`]), form: 'uk-landline' };
  if (style === 'ni') return { text: `028 9649 6${line}`, form: 'uk-landline' };
  if (style === 'cardiff') return { text: `029 2018 0${line}`, form: 'uk-landline' };
  if (style === '01632') return { text: `01632 960${line}`, form: 'uk-landline' };
  const area = p.one(['0113', '0114', '0115', '0116', '0117', '0118', '0121', '0131', '0141', '0151', '0161', '0191']);
  const local = area === '0191' ? `498 0${line}` : `496 0${line}`;
  return { text: p.one([`${area} ${local}`, `(${area}) ${local}`, `${area}${local.replace(' ', '')}`]), form: 'uk-landline' };
}

// ACMA's fictitious mobile numbers, and its 5550 / 7010 landline blocks for each area code.
const AU_MOBILES = ['570 006', '570 156', '570 157', '570 158', '570 159', '570 110', '570 313', '570 737', '571 266', '571 491', '571 804', '572 549', '572 665', '572 983', '573 770', '573 087', '574 118', '574 632', '575 254', '575 789', '576 398', '576 801', '577 426', '577 644', '578 957', '578 148', '578 888', '579 212', '579 760', '579 455'];

export function auPhone(p) {
  if (p.chance(0.6)) {
    const rest = p.one(AU_MOBILES);
    return { text: p.one([`0491 ${rest}`, `0491${rest.replace(' ', '')}`, `+61 491 ${rest}`]), form: 'au-mobile' };
  }
  const area = p.one(['02', '03', '07', '08']);
  const block = p.one(['5550', '7010']);
  const line = pad(p.int(0, 9999), 4);
  return { text: p.one([`(${area}) ${block} ${line}`, `${area} ${block} ${line}`]), form: 'au-landline' };
}

export function caPhone(p) {
  const area = p.one(['416', '647', '514', '438', '613', '604', '403', '780', '902', '807', '705', '819']);
  const line = `01${pad(p.int(0, 99))}`;
  return { text: p.one([`(${area}) 555-${line}`, `${area}-555-${line}`, `+1 ${area} 555 ${line}`, `${area}.555.${line}`]), form: 'ca-phone' };
}

export function regionPhone(p, region) {
  if (region === 'au') return auPhone(p);
  if (region === 'ca') return caPhone(p);
  // Irish notes quote UK numbers for relatives across the border or the water; Ireland has no drama range.
  return ukPhone(p);
}

/** A hospital, unit or record number with the label it is written after. */
export function hospitalNumber(p, region) {
  const seven = p.digits(7);
  if (region === 'au') {
    return p.one([
      { label: p.one(['UR', 'UR no.', 'URN', 'UR number']), text: p.digits(p.int(6, 8)) },
      { label: p.one(['MRN', 'MRN:']), text: p.digits(8) },
    ]);
  }
  if (region === 'ca') return { label: p.one(['MRN', 'chart #', 'chart no.', 'hosp. card', 'MRN:']), text: p.one([seven, `${p.one(['M', 'H', 'R'])}${p.digits(7)}`]) };
  if (region === 'ie') return { label: p.one(['MRN', 'MRN:', 'hospital no.', 'chart no']), text: p.one([seven, p.digits(6)]) };
  return {
    label: p.one(['hosp no', 'hospital no.', 'unit no', 'MRN', 'PAS no.', 'case note no.', 'K no.', 'Trust no.', 'hosp. number']),
    text: p.one([`K${p.digits(7)}`, `${p.one(['RX', 'A', 'M', 'S'])}${p.digits(6)}`, seven, `${p.digits(3)} ${p.digits(4)}`, `${p.one(['J', 'W'])}${p.digits(6)}`]),
  };
}
