// Words of clinical writing that look like identifiers and are not: places, institutions, charities and wards named
// after people, eponyms, cited authors and works, feasts, colleagues by role, role mailboxes, references, codes.
import { mod11Check } from './identifiers.mjs';

export const HOSPITALS = {
  uk: ['Alder Hey', 'the John Radcliffe', "St Thomas'", "Guy's", "Addenbrooke's", 'the Christie', 'the Royal Marsden', "Dr Gray's in Elgin", 'Ninewells', 'Raigmore', 'Ysbyty Glan Clwyd', 'Morriston', 'the Princess of Wales in Bridgend', 'the Royal Victoria', 'Craigavon Area Hospital', 'Stepping Hill', 'Frimley Park', 'James Cook in Middlesbrough', 'the William Harvey', 'the Evelina', 'the Queen Elizabeth University Hospital', 'Whiston', 'Aintree'],
  ie: ['the Mater', "St James's", 'Beaumont', 'Tallaght', 'Connolly', 'CUH', 'the Mercy', 'the Bon Secours', 'Our Lady of Lourdes in Drogheda', 'Temple Street', 'Crumlin', "St Vincent's", 'University Hospital Galway', 'Letterkenny University Hospital'],
  au: ['Royal Prince Alfred', 'Sir Charles Gairdner', 'the Princess Alexandra', 'Royal Darwin', 'the Lyell McEwin', 'Flinders Medical Centre', 'the Austin', 'John Hunter', 'Fiona Stanley', 'Joondalup', 'the Prince of Wales', 'Alice Springs Hospital'],
  ca: ['Sunnybrook', 'Toronto General', 'the Jewish General', 'Maisonneuve-Rosemont', 'Foothills', 'Sainte-Justine', 'Charles-LeMoyne', 'Princess Margaret', 'SickKids', 'the Royal Alex', 'the Dr. Everett Chalmers', 'the Georges-L.-Dumont', 'the Janeway', 'the IWK', 'the Royal Vic'],
};

export const HOSPICES = {
  uk: ["St Christopher's", 'Sue Ryder', 'Marie Curie', "St Columba's Hospice", 'Dorothy House', 'Martin House', 'the Florence Nightingale Hospice', 'Helen & Douglas House', 'the Northern Ireland Hospice', "Maggie's"],
  ie: ['Marymount', 'Milford Care Centre', 'Blackrock Hospice', "Our Lady's Hospice in Harold's Cross", 'the Irish Hospice Foundation', 'Pieta', 'ALONE'],
  au: ['Clare Holland House', 'the McGrath breast care nurse', 'the Royal Flying Doctor Service', 'Beyond Blue', 'Lifeline', 'Cancer Council'],
  ca: ['Maison Michel-Sarrazin', 'Bruyère', 'Kensington Hospice', 'Ronald McDonald House', 'the Terry Fox Run', 'the Canadian Cancer Society'],
};

export const TOWNS = {
  uk: ['Fort William', 'Harold Wood', 'Milton Keynes', "Bishop's Stortford", 'Market Drayton', 'Newton Stewart', 'Stoke Mandeville', 'Port Talbot', 'Merthyr Tydfil', 'Bury St Edmunds', 'Kirkby Lonsdale', 'Chipping Norton', 'St Helens', 'Castle Douglas', 'Fort Augustus', 'Campbeltown', 'Holywood', 'Newtownards', 'Ashby-de-la-Zouch'],
  ie: ['Castlebar', 'Ennis', 'Portlaoise', 'Carrick-on-Shannon', 'Mullingar', 'Kilkenny', 'Bantry', 'Newbridge', "Harold's Cross", 'Stillorgan', 'Bray'],
  au: ['Alice Springs', 'Port Hedland', 'Wagga Wagga', 'Coffs Harbour', 'Port Macquarie', 'Mount Isa', 'Tennant Creek', 'Lake Cargelligo', 'Charters Towers', 'Victor Harbor'],
  ca: ['Prince George', 'Thunder Bay', 'Sault Ste. Marie', 'Trois-Rivières', 'Saint-Jérôme', 'Prince Albert', 'Fort McMurray', 'Grande Prairie', 'Moose Jaw', 'Rivière-du-Loup', 'Charlottetown'],
};

export const DAYS = {
  uk: ['Christmas Eve', 'Boxing Day', "New Year's Day", 'Hogmanay', 'Burns Night', "St David's Day", 'Easter Monday', 'Good Friday', 'Remembrance Sunday', 'Bonfire Night'],
  ie: ['Christmas Eve', "St Stephen's Day", "St Patrick's Day", 'Good Friday', 'Easter Monday', "St Brigid's Day", 'the June bank holiday'],
  au: ['Christmas Eve', 'Boxing Day', 'Anzac Day', 'Australia Day', 'NAIDOC Week', 'Good Friday', "the King's Birthday long weekend"],
  ca: ['Christmas Eve', 'Boxing Day', 'Canada Day', 'Saint-Jean-Baptiste Day', 'Thanksgiving', 'Remembrance Day', 'Family Day'],
};

export const WARDS = ['Nightingale ward', 'Seacole ward', 'Cavell ward', 'Lister ward', 'Jenner ward', 'Fleming ward', 'Keats ward', 'Brunel ward', 'Florence ward', 'Curie ward', 'Victoria ward', 'Elizabeth ward', 'Darwin ward'];

export const EPONYMS = ["Parkinson's", "Addison's", "Cushing's", "Bell's palsy", 'Guillain-Barré', "Crohn's", "Hodgkin's lymphoma", "Raynaud's", "Sjögren's", "Dupuytren's", "Ménière's", "Hashimoto's", "Wernicke's encephalopathy", 'Korsakoff syndrome', 'Cheyne-Stokes breathing', "Murphy's sign", 'a Trendelenburg gait', "Barrett's oesophagus", "a Baker's cyst", "Paget's disease", "Colles' fracture", 'Kussmaul breathing', 'Takotsubo', 'Marfan syndrome', 'Ehlers-Danlos', "Huntington's", 'Stokes-Adams attacks', 'a Babinski sign'];

export const SCORES = ['Glasgow Coma Scale', 'Glasgow-Blatchford score', 'Rockall score', 'Waterlow score', 'Abbey pain scale', 'Barthel index', 'Rockwood Clinical Frailty Scale', 'Wells score', 'Child-Pugh score', 'Gleason score', 'Richmond Agitation-Sedation Scale'];

export const EQUIPMENT = ['Foley catheter', 'Hickman line', 'Guedel airway', 'Yankauer', 'Bair Hugger', 'Thomas splint', 'Holter monitor', 'Seldinger kit', 'Sengstaken tube'];

export const AUTHORS = [
  "Kathryn Mannix's With the End in Mind",
  "Cicely Saunders' idea of total pain",
  "Atul Gawande's Being Mortal",
  "Rachel Clarke's Dear Life",
  "Henry Marsh's Do No Harm",
  "Paul Kalanithi's When Breath Becomes Air",
  "Seamus O'Mahony's The Way We Die Now",
  "Roger Neighbour's The Inner Consultation",
  "Julian Tudor Hart's inverse care law",
  "Kate Granger's #hellomynameis",
  'Donald Schön on reflection-in-action',
  "Gibbs' reflective cycle",
  "Rolfe's what, so what, now what",
  "Brookfield's four lenses",
  "Michael Balint's idea of the drug doctor",
  'Brené Brown on vulnerability',
  "Iona Heath's Matters of Life and Death",
  "Elisabeth Kübler-Ross's stages",
  "Gabor Maté's writing on addiction",
  "the Francis report",
  "Donna Ockenden's review",
  "Don Berwick's A promise to learn",
];

export const ROLES = ['the FY2', 'my supervisor', 'the reg', 'the med reg', 'the SpR', 'the night CSM', 'the ANP', 'the NIC', 'the CNS', 'my ES', 'the locum', 'the SHO', 'the PCN pharmacist', 'the bed manager', 'the HCA', 'the charge nurse', 'the consultant on call', 'the site manager'];
export const REGION_ROLES = { uk: ['the GPST3', 'the F1'], ie: ['the NCHD', 'the intern', 'the SHO'], au: ['the JMO', 'the RMO', 'the intern'], ca: ['the resident', 'the staff physician', 'the R2'] };

export const MAILBOXES = {
  uk: ['dermatology.referrals@nhs.net', 'cardiology.bookings@nhs.net', 'palliative.care.team@nhs.net', 'gp.practice.admin@nhs.net', 'safeguarding.adults@nhs.scot'],
  ie: ['pharmacy.team@hse.ie', 'medicalstaffing@hse.ie', 'opd.appointments@hse.ie'],
  au: ['ed.admin@health.example.gov.au', 'pharmacy.rpa@health.example.gov.au', 'palliative.referrals@example.org.au'],
  ca: ['referrals.geriatrics@example-health.ca', 'pharmacie@example-cisss.qc.ca', 'bookings.endoscopy@example-health.ca'],
};

export const REFERENCES = ['NICE NG136', 'NICE NG51', 'NICE CG161', 'NICE NG97', 'NICE NG31', 'BNF 84', 'BNF for Children', 'SIGN 167', 'the Green Book chapter 14a', 'eTG Antibiotic', 'the AMH', 'the CPS monograph', 'HIQA standard 2.1', 'the NEWS2 chart'];

export const SNOMED = ['22298006', '44054006', '195967001', '38341003', '13645005', '49436004', '230690007'];
export const ICD10 = ['I21.4', 'J44.1', 'N39.0', 'A41.9', 'F05.9', 'R55', 'S72.0', 'E11.9', 'I48.9'];
export const READ = ['G30..', 'H33..', 'C10F.', '14A6.', 'G573.', 'H3y..'];

/** Ten digits that fail the NHS check digit (a courier waybill, a purchase order). */
export function failingTen(p) {
  const nine = String(p.int(1, 9)) + p.digits(8);
  const check = mod11Check(nine);
  return nine + (check === null ? p.int(0, 9) : (check + p.int(1, 9)) % 10);
}

/** An ISBN-10 written as books print it. The ISBN-10 check uses the NHS weights, so only an X check fails NHS. */
export function isbn10(p) {
  const nine = String(p.int(0, 1)) + p.digits(8);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  const last = check === 10 ? 'X' : String(check);
  const publisher = p.int(2, 4);
  return p.chance(0.6) ? `${nine[0]}-${nine.slice(1, 1 + publisher)}-${nine.slice(1 + publisher)}-${last}` : nine + last;
}
