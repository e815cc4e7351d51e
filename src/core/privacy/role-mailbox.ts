/**
 * Department and role mailboxes (dermatology.referrals@nhs.net, gp.practice.admin@nhs.net): an address made only of
 * role and service words names no one, so it is not an identifier (issue 13). Personal addresses
 * (jane.smith@…, smacilleathain@…) and anything at a personal mail provider still are.
 */

// Words of services, roles and departments, in the languages mindlines' users write (pharmacie, accueil).
const ROLE_WORDS = new Set(
  `
accueil access admin administration admissions adults ae appointments appointment assessment audit bank bed beds
booking bookings bureau cancer cardiology care central centre children clinic clinical clinics community complaints
contact coordinator coordination counter dept department dermatology desk diabetes diagnostics dietetics discharge
discharges district duty ed education emergency endoscopy enquiries enquiry experience feedback finance frailty
gastro gastroenterology general generic geriatrics governance gp gynae gynaecology haematology health helpdesk hr
hub ict imaging info information intake it lab labs lead leads mailbox manager maternity medical medicine
medicalstaffing mental microbiology midwifery neonatal neurology noreply nurses nursing office oncall oncology
ophthalmology opd orthopaedics ortho outpatients paediatrics paeds palliative pals pathology patient patients
payroll pharmacie pharmacy physio physiotherapy practice radiology reception referral referrals renal research
respiratory results rheumatology rota rotas safeguarding scans secretaries secretary secretariat service services
servicedesk shared spa staffing support surgery surgical team teams theatre theatres therapies therapy training
triage unit urgent urology ward wards wellbeing xray
`
    .split(/\s+/)
    .filter(Boolean),
);

// Providers people use for their own mail: an address there is always someone's.
const PERSONAL_DOMAINS = /@(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|proton|protonmail|btinternet|btopenworld|sky|virginmedia|talktalk|ntlworld|eircom|bigpond|optusnet|iinet|tpg|shaw|rogers|sympatico|videotron|telus)\./i;

/** Splits "medicalstaffing" into known role words ("medical", "staffing"), or undefined when it cannot. */
function splitRoleWords(word: string): string[] | undefined {
  if (ROLE_WORDS.has(word)) return [word];
  for (let cut = word.length - 2; cut >= 2; cut--) {
    const head = word.slice(0, cut);
    if (!ROLE_WORDS.has(head)) continue;
    const rest = splitRoleWords(word.slice(cut));
    if (rest) return [head, ...rest];
  }
  return undefined;
}

/**
 * Whether an email address is a role mailbox: every part of its local part is a role word, a short abbreviation
 * that is no one's name ("opd", "rpa") or a number, at least one is a role word, and the domain is not a personal
 * mail provider. `isName` says whether a word is a given name or surname.
 */
export function isRoleMailbox(address: string, isName: (word: string) => boolean): boolean {
  if (PERSONAL_DOMAINS.test(address)) return false;
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  const parts = local.split(/[._+-]+/).filter(Boolean);
  let roles = 0;
  for (const part of parts) {
    if (/^\d+$/.test(part)) continue;
    if (splitRoleWords(part)) {
      roles++;
      continue;
    }
    // An initial ("j.smith") or a name is personal; a short unknown abbreviation is a unit or a site.
    if (part.length < 2 || part.length > 4 || isName(part)) return false;
  }
  return roles > 0;
}
