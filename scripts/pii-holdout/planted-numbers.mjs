// Sentences that plant numbers, places and contact details, by region: health numbers with and without their label,
// dates of birth, postcodes, Eircodes, Canadian postal codes, street and unit addresses, phones, emails, and
// hospital or unit record numbers.
import * as id from './identifiers.mjs';
import { nameKey } from './people.mjs';
import { span, t } from './parts.mjs';

const UK_STREETS = {
  england: ['Kenilworth Avenue', 'Tanner Row', 'Chapel Fold', 'Hollin Lane', 'Gorse Bank Road', 'Wharf Street', 'Bede Crescent'],
  wales: ['Heol y Felin', 'Ffordd Glyndŵr', 'Stryd y Castell', 'Lôn Las', 'Heol Tŷ Gwyn', 'Maes yr Haf'],
  scotland: ['Leith Walk', 'Marchmont Crescent', 'Dumbarton Road', 'Cromarty Wynd', 'Kirk Brae', 'Shore Vennel'],
  ni: ['Lisburn Road', 'Cregagh Street', 'Glen Crescent', 'Bog Meadows Way'],
};
const UK_TOWNS = { england: ['Rotherham', 'Keswick', 'Romford', 'Hull'], wales: ['Llanelli', 'Bangor', 'Aberystwyth', 'Merthyr'], scotland: ['Glasgow', 'Edinburgh', 'Stornoway', 'Wick'], ni: ['Belfast', 'Newry', 'Derry'] };
const IE_ADDRESSES = ['Bóthar na Trá', 'Ard na Gréine', 'Cois Abhann', 'Sráid an Mhuilinn', 'Páirc an Chrócaigh', 'Radharc na Mara', 'Cnoc Breac'];
const IE_TOWNS = ['Salthill', 'Ballina', 'Ennis', 'Tralee', 'Letterkenny', 'Clonmel', 'Tuam', 'Dungarvan'];
const AU_STREETS = ['Wattle Avenue', 'Banksia Street', 'Grevillea Crescent', 'Kurrajong Road', 'Currawong Drive', 'Coolabah Court', 'Waratah Parade', 'Boronia Way'];
const AU_TOWNS = [['Dubbo', 'NSW', '2830'], ['Wagga Wagga', 'NSW', '2650'], ['Broken Hill', 'NSW', '2880'], ['Moree', 'NSW', '2400'], ['Alice Springs', 'NT', '0870'], ['Katherine', 'NT', '0850'], ['Broome', 'WA', '6725'], ['Kalgoorlie', 'WA', '6430'], ['Mount Isa', 'QLD', '4825'], ['Townsville', 'QLD', '4810'], ['Mildura', 'VIC', '3500'], ['Shepparton', 'VIC', '3630'], ['Port Augusta', 'SA', '5700'], ['Launceston', 'TAS', '7250'], ['Belconnen', 'ACT', '2617']];
const CA_ADDRESSES = [['rue Saint-Denis', 'Montréal', 'qc'], ['boul. des Laurentides', 'Laval', 'qc'], ['chemin du Lac-Noir', 'Saguenay', 'qc'], ['Maple Crescent', 'Sudbury', 'on'], ['Bathurst Street', 'Toronto', 'on'], ['Lakeshore Drive', 'Thunder Bay', 'on'], ['Spruce Avenue', 'Iqaluit', 'nu']];
const PROVINCE = { qc: 'QC', on: 'ON', nu: 'NU' };

function ukAddress(p, nation) {
  const number = p.int(1, 180);
  const street = p.one(UK_STREETS[nation]);
  const town = p.one(UK_TOWNS[nation]);
  if (nation === 'scotland' && p.chance(0.5)) return { text: p.one([`${number}/${p.int(1, 9)} ${street}`, `${p.int(1, 4)}F${p.int(1, 3)}, ${number} ${street}`, `Flat 0/${p.int(1, 3)}, ${number} ${street}`]), form: 'address-tenement' };
  return { text: p.one([`${number} ${street}`, `${number} ${street}, ${town}`, `Flat ${p.int(1, 12)}, ${number} ${street}`]), form: nation === 'wales' ? 'address-welsh' : 'address' };
}

function auAddress(p) {
  const [town, state, postcode] = p.one(AU_TOWNS);
  const unit = p.int(1, 24);
  const number = p.int(2, 240);
  const street = p.one(AU_STREETS);
  const short = street.replace('Avenue', 'Ave').replace('Street', 'St').replace('Crescent', 'Cres').replace('Road', 'Rd').replace('Drive', 'Dr');
  return {
    text: p.one([`Unit ${unit}/${number} ${street}, ${town} ${state} ${postcode}`, `${unit}/${number} ${short}, ${town} ${postcode}`, `U${unit} ${number} ${street} ${town} ${state}`, `${unit}/${number} ${street}, ${town}`]),
    form: 'address-au-unit',
  };
}

function emailFor(p, people, region) {
  const x = people.person(region);
  const clean = (s) => nameKey(s).replace(/[^a-z]/g, '');
  const local = p.one([`${clean(x.given)}.${clean(x.surname)}`, `${clean(x.given)}${p.int(1, 99)}`, `${clean(x.given)[0]}${clean(x.surname)}`, `${clean(x.surname)}.family`]);
  const domain = p.one({ uk: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com'], ie: ['gmail.com', 'eircom.net', 'hotmail.com'], au: ['bigpond.com', 'gmail.com', 'outlook.com.au'], ca: ['videotron.ca', 'gmail.com', 'sympatico.ca', 'hotmail.ca'] }[region]);
  return { text: `${local}@${domain}`, form: 'email-personal' };
}

/** Planted sentences per kind; each (ctx) => parts, ctx = { p, people, region, nation, notes }. */
export const NUMBER_TEMPLATES = {
  'nhs-number': [
    ({ p }) => t`${p.one(['NHS no', 'NHS', 'nhs no.', 'NHS number', 'NHS#'])} ${span('nhs-number', id.nhsNumber(p))}`,
    ({ p }) => t`I checked her NHS number, ${span('nhs-number', id.nhsNumber(p))}, against the wristband before giving anything.`,
    ({ p }) => t`The number on the letter (${span('nhs-number', id.nhsNumber(p))}) belonged to someone else entirely.`,
    ({ p }) => t`${span('nhs-number', id.nhsNumber(p))} - ${p.one(['on the ECG but not the wristband', 'bloods sent under this', 'referral faxed'])}`,
  ],
  'chi-number': [
    ({ p }) => t`CHI ${span('chi-number', id.chiNumber(p))}`,
    ({ p }) => t`CHIs ${span('chi-number', id.chiNumber(p))} and ${span('chi-number', id.chiNumber(p))} (the twins) were swapped on the request forms.`,
    ({ p }) => t`chi ${span('chi-number', id.chiNumber(p))} / ${span('chi-number', id.chiNumber(p))} - husband and wife, same GP`,
    ({ p }) => t`The kardex had her CHI as ${span('chi-number', id.chiNumber(p))}, one digit out from the label.`,
  ],
  'hc-number': [
    ({ p }) => t`H&C ${span('hc-number', id.hcNumber(p))}`,
    ({ p }) => t`His H+C no. ${span('hc-number', id.hcNumber(p))} was on the ECS printout.`,
    ({ p }) => t`Health and Care number ${span('hc-number', id.hcNumber(p))} - ${p.one(['bloods sent', 'checked x2', 'on the kardex'])}`,
  ],
  ihi: [
    ({ p }) => t`IHI ${span('ihi', id.ihiNumber(p))}`,
    ({ p }) => t`The referral quoted her IHI, ${span('ihi', id.ihiNumber(p))}, but no MRN.`,
    ({ p }) => t`individual health identifier: ${span('ihi', id.ihiNumber(p))}`,
  ],
  ohip: [
    ({ p }) => t`OHIP ${span('ohip', id.ohipNumber(p))}`,
    ({ p }) => t`Health card ${span('ohip', id.ohipNumber(p))} had expired, so registration sent him back to the desk.`,
    ({ p }) => t`HCN: ${span('ohip', id.ohipNumber(p))}`,
    ({ p }) => t`His OHIP number ${span('ohip', id.ohipNumber(p))} was written on the back of the requisition.`,
  ],
  medicare: [
    ({ p }) => t`Medicare ${span('medicare', id.medicareNumber(p))}`,
    ({ p }) => t`Her Medicare card (${span('medicare', id.medicareNumber(p))}) was in the bag the paramedics brought.`,
    ({ p }) => t`medicare no ${span('medicare', id.medicareNumber(p))} - checked with pt`,
  ],
  dob: [
    ({ p, region }) => t`DOB ${span('dob', id.dobText(p, undefined, region))}`,
    ({ p, region }) => t`dob ${span('dob', id.dobText(p, undefined, region))}, lives alone`,
    ({ p, region }) => t`Her date of birth on the drug chart, ${span('dob', id.dobText(p, undefined, region))}, did not match the wristband.`,
    ({ p, region }) => t`d.o.b. ${span('dob', id.dobText(p, undefined, region))}`,
    ({ p, region }) => t`He was born ${span('dob', id.dobText(p, undefined, region))}, the same week as my father.`,
    ({ p, people, region }) => {
      const x = people.person(region);
      return t`Saw ${{ kind: 'person-name', text: `${p.one(x.titles)} ${x.surname}`, form: 'title', heldOut: false }} (${span('dob', id.dobText(p, undefined, region))}) in the clinic room.`;
    },
  ],
  postcode: [
    ({ p, nation }) => t`Lives alone in ${span('postcode', id.ukPostcode(p, nation))}, two buses from the hospital.`,
    ({ p, nation }) => t`postcode ${span('postcode', id.ukPostcode(p, nation))} - out of area for the DNs`,
    ({ p, nation }) => t`Ambulance went to ${span('postcode', id.ukPostcode(p, nation))} instead of the nursing home.`,
  ],
  eircode: [
    ({ p }) => t`Eircode ${span('eircode', id.eircode(p))}`,
    ({ p }) => t`The ambulance could not find the house until the daughter gave the Eircode, ${span('eircode', id.eircode(p))}.`,
    ({ p }) => t`home: ${p.one(IE_TOWNS)}, ${span('eircode', id.eircode(p))}`,
  ],
  'ca-postcode': [
    ({ p }) => t`postal code ${span('ca-postcode', id.caPostcode(p))}`,
    ({ p }) => t`She moved to ${span('ca-postcode', id.caPostcode(p))} last spring and lost her family doctor.`,
    ({ p }) => t`Home care referral sent for ${span('ca-postcode', id.caPostcode(p, 'on'))} - rural, no CCAC nurse nearby`,
  ],
  address: [
    ({ p, region, nation }) => {
      if (region === 'au') return t`Lives at ${span('address', auAddress(p))} with her grandkids.`;
      if (region === 'ie') return t`Home visit to ${span('address', { text: `${p.int(1, 60)} ${p.one(IE_ADDRESSES)}, ${p.one(IE_TOWNS)}`, form: 'address-irish' })} after the clinic.`;
      if (region === 'ca') {
        const [street, town, province] = p.one(CA_ADDRESSES);
        return t`Home visit: ${span('address', `${p.int(12, 4800)} ${street}, ${town}`, 'address-ca')}, ${span('ca-postcode', id.caPostcode(p, province))}`;
      }
      return t`Home visit to ${span('address', ukAddress(p, nation))} with the social worker.`;
    },
    ({ p, region, nation }) => {
      if (region === 'au') return t`addr: ${span('address', auAddress(p))}`;
      if (region === 'ca') {
        const [street, town, province] = p.one(CA_ADDRESSES);
        return t`address ${span('address', `${p.int(12, 4800)} ${street}, app. ${p.int(1, 30)}, ${town} ${PROVINCE[province]}`, 'address-ca')}`;
      }
      if (region === 'ie') return t`lives ${span('address', { text: `${p.int(1, 60)} ${p.one(IE_ADDRESSES)}`, form: 'address-irish' })}, ${span('eircode', id.eircode(p))}`;
      return t`address: ${span('address', ukAddress(p, nation))}, ${span('postcode', id.ukPostcode(p, nation))}`;
    },
    ({ p, region, nation }) => {
      if (region === 'au') return t`The ambos found him at ${span('address', auAddress(p))} after the neighbour rang.`;
      if (region === 'ie' || region === 'ca') return t`The family asked us to send the letter to ${span('address', region === 'ie' ? { text: `Apt ${p.int(1, 20)}, ${p.int(1, 60)} ${p.one(IE_ADDRESSES)}, ${p.one(IE_TOWNS)}`, form: 'address-irish' } : `${p.int(12, 4800)} ${p.one(CA_ADDRESSES)[0]}`)} instead.`;
      return t`He was found on the floor at ${span('address', ukAddress(p, nation))} by the carer.`;
    },
  ],
  phone: [
    ({ p, region }) => t`${p.one(['daughter', 'son', 'wife', 'NOK'])} ${p.one(['mob', 'mobile', 'tel', 'on'])} ${span('phone', id.regionPhone(p, region))}`,
    ({ p, region }) => t`I left a message on ${span('phone', id.regionPhone(p, region))} and nobody rang back.`,
    ({ p, region }) => t`contact ${span('phone', id.regionPhone(p, region))} (${p.one(['husband', 'daughter', 'carer', 'neighbour'])})`,
    ({ p, region }) => t`Her son asked me to ring him on ${span('phone', id.regionPhone(p, region))} rather than the landline.`,
  ],
  email: [
    ({ p, people, region }) => t`Her daughter asked me to email ${span('email', emailFor(p, people, region))} with the plan.`,
    ({ p, people, region }) => t`email ${span('email', emailFor(p, people, region))}`,
    ({ p, people, region }) => t`The son sent photos of the rash from ${span('email', emailFor(p, people, region))}, which made me uneasy.`,
  ],
  'hospital-number': [
    ({ p, region }) => {
      const h = id.hospitalNumber(p, region);
      return t`${h.label} ${span('hospital-number', h.text)}`;
    },
    ({ p, region }) => {
      const h = id.hospitalNumber(p, region);
      return t`The wristband had ${h.label} ${span('hospital-number', h.text)}, not the one on the request form.`;
    },
    ({ p, region }) => {
      const h = id.hospitalNumber(p, region);
      return t`bloods sent under ${h.label} ${span('hospital-number', h.text)} - wrong pt?`;
    },
  ],
};

/** Which kinds a region's notes carry, and how often (relative weights). */
export function kindWeights(region, nation) {
  const common = { 'person-name': 11, 'age-sex': 0.6, dob: 3, phone: 2.5, email: 1.2, address: 2, 'hospital-number': 2 };
  if (region === 'ie') return { ...common, ihi: 4, eircode: 3.5 };
  if (region === 'au') return { ...common, medicare: 4, address: 3 };
  if (region === 'ca') return { ...common, ohip: 4, 'ca-postcode': 3.5 };
  const health = nation === 'scotland' ? { 'chi-number': 3.5 } : nation === 'ni' ? { 'hc-number': 3.5, 'nhs-number': 0.5 } : { 'nhs-number': 5 };
  return { ...common, ...health, postcode: 2.5 };
}
