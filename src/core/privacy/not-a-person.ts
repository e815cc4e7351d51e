import { matchesOf } from './context.js';

/**
 * What reads like a person's name in a reflection but is not one (issue 13's precision list): hospitals, hospices,
 * charities and wards named after people, towns that look like a given name and a surname, days and feasts. Written
 * by hand for mindlines from general knowledge of the UK, Ireland, Australia and Canada; patterns in name-cues.ts
 * catch the rest (an eponym's "syndrome", a cited author's "review", "the X nurse", "transfer to X").
 */
const PHRASES = `
alder hey|great ormond street|addenbrooke's|addenbrookes|john radcliffe|nuffield orthopaedic|royal marsden|the christie|
clatterbridge|walton centre|guy's|st thomas'|st thomas's|st george's|st mary's|st bartholomew's|royal free|whittington|
charing cross|chelsea and westminster|queen elizabeth|queen alexandra|queen mary's|queen's medical centre|princess royal|
princess alexandra|princess margaret|princess of wales|prince charles|prince philip|prince of wales|king edward vii|
king george|sir charles gairdner|royal prince alfred|prince alfred|john hunter|the alfred|st vincent's|mater misericordiae|
temple street|our lady's|our lady of lourdes|james connolly|sunnybrook|mount sinai|toronto western|hotel-dieu|hôtel-dieu|
maisonneuve-rosemont|sainte-justine|jewish general|royal victoria|glan clwyd|ysbyty gwynedd|musgrave park|freeman hospital|
frimley park|stoke mandeville|musgrove park|russells hall|good hope|new cross|william harvey|stepping hill|salford royal|
arrowe park|countess of chester|james paget|diana princess of wales|castle hill|st james's|leeds general|northern general|
royal hallamshire|kings mill|james cook|gilbert bain|dr gray's|nevill hall|wrexham maelor|daisy hill|mater infirmorum|
cork university|mercy university|merlin park|holles street|mount carmel|bon secours|blackrock clinic|st luke's|st john's|
marie curie|sue ryder|macmillan|st christopher's|st joseph's|helen & douglas house|helen and douglas house|douglas house|
martin house|ronald mcdonald house|ronald mcdonald|maggie's|terry fox|maison michel-sarrazin|michel-sarrazin|
blackrock hospice|milford care centre|jack and jill|barnardo's|claire house|shooting star|rainbow trust|hope house|
naomi house|zoe's place|julia's house|rennie grove|willow burn|sobell house|michael sobell|dorothy house|st catherine's|
st ann's|st helena|st wilfrid's|st barnabas|st richard's|st michael's|st oswald's|st gemma's|st leonard's|
florence nightingale|mary seacole|cicely saunders|prince's trust|king's fund|nuffield trust|joseph rowntree|
leonard cheshire|edward jenner|nye bevan|aneurin bevan|betsi cadwaladr|hywel dda|cwm taf|kate granger|
fort william|harold wood|harold's cross|chipping norton|chipping sodbury|port talbot|milton keynes|broken hill|
coffs harbour|tennant creek|wagga wagga|alice springs|port augusta|port hedland|mount isa|prince george|prince albert|
prince rupert|st albans|st helens|st ives|st austell|st andrews|st davids|kirkby stephen|sutton coldfield|bishop auckland|
newton abbot|king's lynn|port glasgow|fort augustus|fort mcmurray|fort st john|grande prairie|red deer|medicine hat|
thunder bay|sault ste marie|sault ste. marie|saint john|moose jaw|swift current|lake cargelligo|mount gambier|
port macquarie|port lincoln|port pirie|victor harbor|newton stewart|castle douglas|bury st edmunds|st leonards|
st helier|st neots|milton abbot|newton aycliffe|market harborough|lady bay|queen street|
christmas eve|christmas day|boxing day|new year's eve|new year's day|good friday|easter sunday|easter monday|
whit monday|st stephen's day|st patrick's day|st david's day|st andrew's day|st george's day|anzac day|australia day|
canada day|victoria day|remembrance sunday|remembrance day|armistice day|shrove tuesday|ash wednesday|mothering sunday|
mother's day|father's day|bonfire night|guy fawkes|burns night|hogmanay|eid al-fitr|eid al-adha|rosh hashanah|
yom kippur|chinese new year|lunar new year|melbourne cup|saint-jean-baptiste|st jean baptiste|fête nationale|
`;

const LIST = PHRASES.split('|')
  .map((p) => p.trim())
  .filter(Boolean)
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+'));

const PROTECTED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LIST.join('|')})(?![\\p{L}])`, 'giu');

/** The stretches of text that name a place, an institution or a day, not a person: [start, end) offsets. */
export function notAPersonSpans(text: string): [number, number][] {
  return matchesOf(PROTECTED, text).map((match) => [match.index, match.index + match[0].length]);
}
