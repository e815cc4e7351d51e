// People for the planted sentences: a given name and a surname from one community's hand-written lists, often from
// the held-out part the scanner's lexicon has never seen, typed with or without accents.
import { HELD_OUT_GIVEN, HELD_OUT_SURNAMES } from './held-out.mjs';
import { communityNames, REGION_COMMUNITIES, splitNames } from './names.mjs';

/** Accent-free lower case, as the lexicon compares names. */
export const nameKey = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[Łł]/g, 'l')
    .replace(/[Đđ]/g, 'd')
    .replace(/['’]/g, '')
    .toLowerCase();

/** Accents dropped, as a hurried typist or an English keyboard does ("Pádraigín" → "Padraigin"). */
export const withoutAccents = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/Ł/g, 'L')
    .replace(/ł/g, 'l')
    .replace(/Đ/g, 'D')
    .replace(/đ/g, 'd')
    .normalize('NFC');

const HELD_GIVEN = new Set(splitNames(HELD_OUT_GIVEN).map(nameKey));
const HELD_SURNAMES = new Set(splitNames(HELD_OUT_SURNAMES).map(nameKey));

/** Whether every name in `names` is from the held-out lists (names the lexicon did not know at all). */
export function allHeldOut(names) {
  return names.length > 0 && names.every((name) => HELD_GIVEN.has(nameKey(name)) || HELD_SURNAMES.has(nameKey(name)));
}

export class People {
  constructor(p) {
    this.p = p;
    this.names = communityNames();
  }

  /** Someone from a community common in `region` (one time in five from any community). */
  person(region) {
    const p = this.p;
    const communities = p.chance(0.8) ? REGION_COMMUNITIES[region] : Object.keys(this.names);
    const community = p.one(communities);
    const lists = this.names[community];
    const heldOut = p.chance(0.5);
    const fromPool = (all, held) => {
      const pool = heldOut ? all.filter((name) => held.has(nameKey(name))) : all;
      return p.one(pool.length > 0 ? pool : all);
    };
    let given = fromPool(lists.given, HELD_GIVEN);
    let surname = fromPool(lists.surnames, HELD_SURNAMES);
    if (p.chance(0.25)) {
      given = withoutAccents(given);
      surname = withoutAccents(surname);
    }
    const familyFirst = community === 'vietnamese';
    return {
      given,
      surname,
      community,
      full: familyFirst ? `${surname} ${given}` : `${given} ${surname}`,
      /** How a title goes with this name: Québécois notes write "Mme Tremblay". */
      titles: community === 'quebecois' && region === 'ca' ? ['Mme', 'M.', 'Mme', 'Mr', 'Mrs'] : ['Mrs', 'Mr', 'Ms', 'Miss', 'Mrs', 'Mr', 'Mx'],
    };
  }

  /** Initials as clinicians write them: "KG", "A.B.", "JT". */
  initials() {
    const p = this.p;
    const letters = [...'ABCDEFGHJKLMNOPRSTWY'];
    const a = p.one(letters);
    const b = p.one(letters);
    return p.chance(0.15) ? `${a}.${b}.` : `${a}${b}`;
  }
}
