/**
 * The words around a name that say a person is meant (or that one is not): cues for the person-name detector.
 * Each is matched on lower-case text just before (`…$`) or just after (`^…`) the candidate name.
 */

// Relations and people: "her son, Daniel", "husband Ikechukwu", "NOK: son Tomasz", "sister (adebowale)".
export const RELATION_CUE =
  /\b(?:wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|partner|carer|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|nan|gran|niece|nephew|aunt|aunty|auntie|uncle|cousin|friend|neighbour|neighbor|fiancee?|boyfriend|girlfriend|stepson|stepdaughter|son-in-law|daughter-in-law|next of kin|nok)(?:['’]s)?[ \t]*[,:(]?[ \t]*$/i;
// "the patient, Ioana Roberts", "pt jane", "PT: CLÍONA Ó CEALLAIGH", "called Sam".
export const PATIENT_CUE =
  /(?:\b(?:patient|patients|pt|client|resident|service user|called|named|known as|name (?:is|was)|names? (?:are|were)|surname|forename|first name|full name)|\bname(?=[ \t]*:))(?:['’]s)?[ \t]*[,:(]?[ \t]*$/i;
// Other people a reflection mentions: "a colleague, Sam", "the registrar Tom".
export const PEOPLE_CUE =
  /\b(?:baby|child|toddler|teenager|boy|girl|gentleman|lady|woman|man|colleague|registrar|consultant|trainee|student)[ \t]*[,:]?[ \t]*$/i;
// Verbs and prepositions that introduce a person in a reflection: "Saw Priya Campbell", "with Tom Hughes".
export const NAME_CUE =
  /\b(?:saw|seen|see|seeing|met|meet|visited|visiting|reviewed|reviewing|examined|assessed|phoned|rang|called|told|asked|with|by|for|from|to|and|patient|named|said)\s*$/i;
// Verbs that introduce a patient by name alone: "Reviewed Paramanathan in resus", "phoned Seosamh Charalambous".
export const CLINICAL_VERB_CUE =
  /\b(?:saw|seen|reviewed|examined|assessed|clerked|admitted|discharged|phoned|rang|called|visited|met|bled|cannulated|catheterised|transferred|referred|spoke (?:to|with)|talked (?:to|with)|sat with|told|said)[ \t]+$/i;
// Work done for a patient: "chased the bloods for Adewumi", "the TTOs for Ms X".
export const FOR_PATIENT_CUE =
  /\b(?:bloods|results|scan|scans|notes|letter|obs|ecg|meds|drugs|referral|tto|ttos|paperwork|chart|bed|discharge|cannula|catheter|x-ray|xray|ct|mri|echo)[ \t]+for[ \t]+$/i;
// What follows a person: "Blodwen Jones came in", "Blodwen Jones, 84, was", "Blodwen Jones's daughter", "It was X who".
export const PERSON_AFTER =
  /^(?:[ \t]*,[ \t]*(?:aged[ \t]+)?\d{1,3}[ \t]*,)?[ \t]*(?:['’]s[ \t]+(?:wife|husband|son|daughter|mother|father|mum|dad|brother|sister|partner|carer|family|grandson|granddaughter|niece|nephew|friend|neighbour)\b|was\b|is\b|had\b|has\b|does\b|did\b|helps\b|cares\b|visits\b|came\b|comes\b|attended\b|presented\b|said\b|says\b|told\b|asked\b|rang\b|phoned\b|called\b|agreed\b|declined\b|refused\b|wanted\b|wants\b|felt\b|feels\b|seemed\b|complained\b|reported\b|arrived\b|died\b|lives\b|lived\b|brought\b|needs\b|needed\b|who\b|kept\b|stayed\b|and\s+(?:his|her|their)\b|\(\s*(?:aged\s+)?\d{1,3}\s*\))/i;
// "Stevens Johnson syndrome", "Graves disease": eponyms, not people. Also places, programmes and charities named
// after people ("Edward Jenner Programme", "the Sue Ryder nurse"), and works cited by their author ("Mannix's
// With the End in Mind", "Ockenden's review").
export const EPONYM_AFTER =
  /^[ \t]*(?:\p{Lu}\p{Ll}+[ \t]+)?(?:['’]s?[ \t]+)?(?:syndrome|disease|disorder|sign|score|scale|criteria|classification|test|manoeuvre|maneuver|reflex|palsy|fracture|tear|pattern|equation|formula|protocol|model|cycle|framework|method|law|rule|effect|phenomenon|tube|catheter|procedure|operation|technique|triad|ulcer|lymphoma|sarcoma|tumour|tumor|hospital|infirmary|hospice|house|unit|ward|wing|suite|centre|center|clinic|surgery|practice|street|road|lane|avenue|university|college|academy|institute|trust|foundation|school|library|award|lecture|prize|programme|program|fellowship|scholarship|building|lodge|nurse|nurses|team|service|run|fund|appeal|charity|volunteers?|shop|review|report|inquiry|enquiry|book|memoir|paper|essay|article|poem|talk|podcast|stages|theory|concept|principles?|hierarchy|ladder|total pain|splint|kit|needle|mask|position|incision|stitch|line|drain|bag|airway)\b/iu;
// A cited author: a possessive followed by the capitalised title of a work ("Paul Kalanithi's When Breath Becomes Air").
export const AUTHOR_WORK_AFTER = /^['’]s?[ \t]+(?:[“"‘']?(?:The|A|An|With|When|Being|Do|How|Why|What|On)[ \t]+\p{Lu}?|[“"‘']?\p{Lu}\p{Ll}+[ \t]+(?:\p{Lu}|(?:of|and|the|in|to|for|a)\b))/u;
// Citing, quoting or reading someone is not writing about a patient: "quoted Iona Heath", "reread Kübler-Ross".
export const CITED_BEFORE = /\b(?:quoted|quoting|cited|citing|read|reread|re-read|reading|lent me|thought of|according to|inspired by|written by|by the late)[ \t]+$/i;
// A word that names a place, a condition or an institution, never a surname.
export const EPONYM_WORD =
  /^(?:Syndrome|Disease|Disorder|Sign|Score|Scale|Criteria|Test|Palsy|Hospital|Infirmary|Hospice|Clinic|Surgery|Practice|Centre|Center|University|College|Academy|Institute|Trust|Foundation|School|Programme|Program|Street|Road|Lane|Avenue|Ward|Unit|House|Lodge|Court|Park|Health|Healthcare|Medical|Pharmacy|Council|Society|Service|Services|Board|Network|Group|Team|Guideline|Guidelines|Guidance|Protocol|Pathway|Formulary|Toolkit|Framework|Model|Cycle|Review|Report|Inquiry|Act|Regulations|Bay|Valley|Vale|Bridge|Coast|Island|Islands|Isle|Borough|City|County|Shire|Moor|Heath|Forest|Abbey|Cross|Marsh|Port|Haven|Sands|Water|Falls|Creek|Harbour|Harbor|Springs|Hill|Hills|Heights|Run|Nurse|Hey)$/;
// Where a name is a place or an institution: "transfer to Alder Hey", "from Tennant Creek", "near Coffs Harbour".
export const PLACE_BEFORE =
  /(?:\b(?:transfer(?:red)?|transport(?:ed)?|referral|referred|admitted|moved|travelling|traveling|driving|drove|flown|flew|came|coming|lives|living|born|raised|grew up|ambulance|retrieval)[ \t]+(?:to|from|at|in|near|into)|\b(?:near|outside|at|in|into))[ \t]+(?:the[ \t]+)?$/i;
// "Willow Ward", "Rose Garden", "Oak Lodge": a plant or a season and a building are a place, not a person.
export const PLACE_FIRST = new Set(
  'rose ivy willow rowan holly hazel heather daisy jasmine laurel myrtle poppy lily iris violet primrose bramble oak elm ash beech cedar maple linden birch fern meadow river brook dale glen forest sky sunny summer autumn winter spring haven queen king prince princess duke duchess saint bishop abbey'.split(' '),
);
export const PLACE_SECOND =
  /^(?:Lodge|House|Gardens?|Ward|Court|Centre|Center|Surgery|Unit|Wing|Suite|Clinic|Practice|Hospital|Hospice|Manor|Grange|Villas?|Cottages?|Farm|Mews|Academy|School|Road|Street|Avenue|Close|Drive|Way|Place|View)$/;
