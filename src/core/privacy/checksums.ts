/**
 * Check-digit and range rules of national identifiers (DOMAIN.md section 4). Each takes the digits only.
 */

const digitsOf = (digits: string) => Array.from(digits, (c) => c.charCodeAt(0) - 48);

/** NHS number (and CHI, H&C): weights 10..2 over the first nine digits; 11 − (sum mod 11) is the check digit, 11 → 0, 10 → never issued. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const d = digitsOf(digits);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d[i] as number) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === d[9];
}

/** NHS Scotland's newer mod-10 CHI check digit (Public Health Scotland `chi_check`). */
export function isValidChiMod10(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const d = digitsOf(digits);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let value = d[i] as number;
    if (i % 2 === 0) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return (10 - (sum % 10)) % 10 === d[9];
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A CHI number starts with the holder's date of birth, DDMMYY. */
export function hasChiDate(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (DAYS_IN_MONTH[month - 1] as number);
}

/** Australian Medicare: first digit 2–6, weights 1,3,7,9,1,3,7,9 over digits 1–8, check = digit 9; digit 10 (issue number) not 0. */
export function isValidMedicare(digits: string): boolean {
  if (!/^\d{10,11}$/.test(digits)) return false;
  const d = digitsOf(digits);
  if ((d[0] as number) < 2 || (d[0] as number) > 6) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d[i] as number) * (weights[i] as number);
  return sum % 10 === d[8] && d[9] !== 0;
}

/** Luhn (mod 10), as on an Ontario health card: double every second digit from the right, the sum ends in 0. */
export function isValidLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const SSN_SAMPLES = new Set(['078051120', '123456789', '219099999', '457555462']);

/** US SSN AAA-GG-SSSS: no area 000, 666 or 900–999, no group 00, no serial 0000, not all one digit, not a published sample. */
export function isValidSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  return !SSN_SAMPLES.has(digits);
}

const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'NT', 'TN', 'ZZ']);

/** UK National Insurance number prefix: first letter not D F I Q U V, second not D F I O Q U V, and not BG GB NK KN NT TN ZZ. */
export function isValidNinoPrefix(prefix: string): boolean {
  const p = prefix.toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/.test(p)) return false;
  return !NINO_BAD_PREFIX.has(p);
}
