// Given names and surnames for the held-out identifier corpus, written by hand for it (not taken from the packages
// scripts/build-name-lexicon.mjs reads, nor from the lexicon it writes). Each community's names are as they are
// written in notes in the UK, Ireland, Australia and Canada, accents included; the generator sometimes drops the
// accents, as hurried typing does. Some are rare on purpose.

/** @type {Record<string, { given: string[]; surnames: string[] }>} */
export const COMMUNITIES = {
  irish: {
    given: `Seosamh Pádraigín Toirdhealbhach Muireann Fionnuala Donnchadh Sadhbh Caoimhín Éabha Dearbhla Síle Peig
      Nuala Cathaoir Diarmaid Lorcán Fiachra Ultán Bébhinn Clíona Máirtín Colm Eithne Aodhán Mícheál Sláine Nóirín
      Proinsias Treasa Aindrias Labhrás Íde Bláthnaid Mairéad Ruairí Gormlaith Flannán Neasa Ciarnán`,
    surnames: `Ó Súilleabháin|Ní Bhriain|Ó Flaithearta|Nic Dhonncha|Ó Ceallaigh|Mac Craith|Ó Dubhghaill|Ní Mhurchú
      |Mac Giolla Phádraig|Ó Laoghaire|Ní Chonchúir|Ó Duinnshléibhe|Keohane|Coghlan|Twomey|Hegarty|Moynihan|Brosnan
      |Culhane|Dineen|Kissane|Lenihan|Mulcahy|Ruddle|Scanlan|Ó hEochaidh|Mac Fhlannchadha|Ní Ghallchóir|Cronnelly`,
  },
  welsh: {
    given: `Aneirin Bleddyn Dilwyn Eurig Heddwyn Iestyn Mererid Nest Olwen Pedr Siwan Tegwen Elfed Gwion Hedd Aeron
      Carwyn Ffraid Gwawr Lleucu Manon Meleri Elystan Cynan Deiniol Brychan Gwenno Nerys Tirion Mabli Eirwen Dyfrig`,
    surnames: `Llwyd|Gruffudd|ap Dafydd|Prydderch|Prytherch|Gwilt|Tudur|Pumphrey|Penry|Gittins|Watkin|Rhydderch
      |Cadwaladr|Mostyn|ap Siôn|Meirion|Eifion|Vaughan-Rees|Bowcott|Pennant|Trevelyan-Pugh|Hiraethog|Tegid`,
  },
  gaelic: {
    given: `Eòghann Ruairidh Peigi Seonag Mòrag Catrìona Dòmhnall Iseabail Tormod Somhairle Ciorstaidh Murchadh Seumas
      Coinneach Raghnall Beathag Oighrig Anndra Màiri Sìne Dùghall Fionnlagh Ealasaid Uilleam Curstag Lachlann`,
    surnames: `MacAoidh|MacDhòmhnaill|Mac a' Phearsain|NicLeòid|MacIllInnein|Caimbeul|Moireach|Rothach|Maclachlainn
      |Mac an t-Saoir|NicIlleathain|MacCoinnich|Dòmhnallach|Grannd|MacIllEathain|Siosal|Budge|Mackinnon-Ross`,
  },
  greek: {
    given: `Charalambos Panagiota Eleftheria Stavroula Theodoros Vasiliki Dimitra Konstantinos Chrysoula Evangelos
      Anastasios Paraskevi Spyridon Kyriaki Aristotelis Efthymia Athanasia Apostolos Polyxeni Zoi Despina Stelios
      Fotini Loukia Haralampia Panayiotis Sotiria`,
    surnames: `Charalambous|Papadopoulou|Georgiadis|Konstantinidou|Hadjipanayi|Christodoulou|Economides|Kyriakou
      |Theodorou|Papachristodoulou|Stavrinides|Antoniou|Michaelides|Panayiotou|Zachariou|Lambrianou|Evangelou
      |Tsakalidis|Vasilakis|Hadjigeorgiou|Karagiannopoulos|Stylianidou|Xenophontos|Pieridou`,
  },
  tamil: {
    given: `Thavamani Kanagaratnam Sivakumar Murugesu Thangamma Vijayalakshmi Sellathurai Nagalingam Yogeswari
      Kalaiselvi Tharshini Puvaneswaran Ilango Senthuran Arulmozhi Thamilini Mathivathani Sathiyaseelan
      Vasanthakumari Kugathasan Thayalini Nirosha Pirashanth Sinnamma Luxmi`,
    surnames: `Paramanathan|Sivapalan|Thurairajah|Jeyaratnam|Kandiah|Rasiah|Sinnathamby|Arumugam|Velupillai
      |Vythilingam|Ganeshalingam|Nadarajah|Kanagasabai|Selvarajah|Mahendran|Ponnambalam|Balasubramaniam
      |Kumaraswamy|Thiruchelvam|Yogarajah|Sockalingam|Ratnasingham`,
  },
  sinhala: {
    given: `Chaminda Dilrukshi Nilmini Thilini Kumudu Lasantha Sanjeewa Dulani Iresha Nuwan Pradeepa Chathurika Upul
      Ruwani Kanchana Asanka Nadeesha Thushara Sumudu Hiruni Lakmini Dammika Anoma Hasitha Sewwandi`,
    surnames: `Wickramasinghe|Jayawardena|Gunawardena|Senanayake|Rajapaksha|Weerasinghe|Abeysekera|Dissanayake
      |Karunaratne|Wijesuriya|Ekanayake|Samarasinghe|Hettiarachchi|Kulasekara|Liyanage|Pathirana|Ranasinghe
      |Amarasekara|Jayasooriya|Siriwardena|Wanigasekera|Ratnayake|Munasinghe|Kodikara`,
  },
  yoruba: {
    given: `Oluwafunmilayo Adebowale Temiloluwa Olamide Ayomide Oluwadamilare Ibukunoluwa Morenike Adetokunbo
      Oyindamola Titilayo Kehinde Taiwo Olufemi Modupe Iyabo Olabisi Omolara Adesewa Oreoluwa Fiyinfoluwa
      Jadesola Moyosore Ayodeji Bolanle Ebunoluwa`,
    surnames: `Adeyemo|Ogunleye|Oyelaran|Adegoke|Akinwande|Olanrewaju|Ogunbanjo|Adebisi|Fashola|Oyedepo|Akintola
      |Babalola|Oladipo|Ogundipe|Onabanjo|Olatunji|Adewumi|Oyebanji|Akinyemi|Olowookere|Ogunsanya|Adesanya
      |Oyenuga|Akinsanmi|Odusanya|Ajibola`,
  },
  igbo: {
    given: `Nnaemeka Ikechukwu Chinwendu Ugochukwu Nkiruka Chidinma Obiageli Oluchi Kelechi Chukwuebuka Ngozika
      Ifeyinwa Somtochukwu Ebubechukwu Adaugo Uzoamaka Nwakaego Onyinyechi Chibuike Ezinne Amarachi Tochukwu
      Nnenna Chigozie Obiora Kosisochukwu`,
    surnames: `Nwankwo|Nwosu|Okeke|Chukwuma|Onyeama|Nwachukwu|Okorie|Anyanwu|Ezeilo|Nwabueze|Iwuchukwu|Ogbonna
      |Onwuachi|Ugwu|Nwaogu|Ekwueme|Ezenwa|Ibekwe|Onuoha|Emenike|Obiechina|Nwokolo|Udeogu|Ezeokoli|Anozie`,
  },
  filipino: {
    given: `Maricel Rowena Jocelyn Marites Rodelio Danilo Rommel Jennelyn Analyn Marivic Dindo Lualhati Dalisay
      Ligaya Bayani Rizalina Teodora Luzviminda Marilou Girlie Honeylyn Jomar Reynaldo Perlita Arnel Lorelie`,
    surnames: `Sumulong|Dimaculangan|Macaraeg|Pangilinan|Magbanua|Dimagiba|Manalastas|Dela Cruz|Tolentino|Lacsamana
      |Panganiban|Mangubat|Dimalanta|Quisumbing|Salonga|Agbayani|Batungbakal|Malabanan|Dumalagan|Buenaventura
      |Macaspac|Dimaano|Tayag|Sarmiento|Bacani`,
  },
  polish: {
    given: `Wawrzyniec Bożydar Przemysław Jadwiga Bronisława Wiesława Zdzisław Czesław Mieczysław Teodozja
      Kunegunda Genowefa Ryszard Bogumiła Stanisława Radosław Dobrosława Krzesimir Ludmiła Władysław Zuzanna
      Agnieszka Jarosław Bolesław Sławomira Eugeniusz Honorata`,
    surnames: `Szczepański|Chrząszcz|Grzybowski|Wróblewska|Przybylski|Kaczmarczyk|Żółkiewska|Szymczak|Wawrzyniak
      |Pietrzak|Jabłońska|Kwiatkowski|Dąbrowska|Michalak|Zawadzki|Głowacka|Ostrowski|Sobczak|Krajewski
      |Błaszczykowski|Pawlak|Wojciechowska|Stępień|Kołodziej|Brzezińska|Chmielewski`,
  },
  vietnamese: {
    given: `Nguyệt|Thu Trang|Hằng|Phương|Tuấn|Dũng|Huy|Lộc|Thảo|Nhung|Khoa|Bảo|Kim Ngân|Xuân|Quốc|Thuỷ|Hạnh|Loan
      |Sương|Trinh|Đức|Yến|Vy|Tú|Thị Hoa|Văn Thành|Minh Châu`,
    surnames: `Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Trương|Đinh|Lâm|Quách
      |Tô|Châu|Thái|Lưu`,
  },
  somali: {
    given: `Abdiwali Hibaaq Faadumo Sahro Cawo Maryan Xaliimo Deeqa Ubah Ilhaan Nimco Sagal Fartuun Ayaan Qamar
      Bashiir Cabdi Guled Liban Mahad Jamaac Dahir Khadar Shukri Anab Ladan Ruqiya Hawo`,
    surnames: `Warsame|Cali|Xasan|Jaamac|Farah|Hirsi|Egal|Samatar|Aadan|Nuur|Dirie|Mohamud|Ismaaciil|Guleed|Barre
      |Cige|Carraale|Xirsi|Faarax|Shire|Cawaale|Duale|Gaas|Cilmi|Waabeeye`,
  },
  aboriginalAustralian: {
    given: `Kirra Jarrah Jedda Tjanara Narelle Dulcie Vonda Noeline Merle Doreen Leeroy Tanisha Shaquille Kaiyu
      Marlee Yindi Tyrelle Shakaya Jaylee Coralie Keeley Mervyn Rhonda Alinta Lowanna Bindi Waru`,
    surnames: `Yunupingu|Gurruwiwi|Marika|Wunungmurra|Tjapaltjarri|Napaljarri|Tjampitjinpa|Jakamarra|Nungarrayi
      |Jupurrurla|Nampijinpa|Roughsey|Walley|Kickett|Garlett|Ugle|Yarran|Wanganeen|Mongta|Narkle|Fejo|Djerrkura
      |Bropho|Mundine|Ah Kit|Tjungurrayi|Brumby-Hayes|Ngalkin`,
  },
  quebecois: {
    given: `Ghislain Réjean Gaétan Jocelyne Huguette Réal Ginette Rosaire Jean-Guy Marie-Ève Rémi Normand Yvon
      Fernand Gervaise Solange Thérèse Yvette Francine Lucienne Mégane Raymonde Nicéphore Adélard Ghislaine
      Rosaire-Albert Laurier Gisèle`,
    surnames: `Tremblay|Gagnon|Bouchard|Côté|Pelletier|Lévesque|Bergeron|Ouellet|Thibodeau|Desrosiers|Beauchemin
      |Laflamme|Boisvert|Charbonneau|Lafrenière|Turcotte|Larouche|Hébert|Tétreault|Brassard|Bélanger|Simard
      |Gingras|Paradis|Duchesneau|Vaillancourt|Létourneau|Provencher|St-Onge`,
  },
};

/** Splits a list written across lines: on "|" when the list uses it (names of several words), else on spaces. */
export function splitNames(list) {
  const separator = list.includes('|') ? /\s*\|\s*/ : /\s+/;
  return list
    .split(separator)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Every community's given names and surnames as arrays. */
export function communityNames() {
  return Object.fromEntries(
    Object.entries(COMMUNITIES).map(([community, lists]) => [community, { given: splitNames(lists.given), surnames: splitNames(lists.surnames) }]),
  );
}

/**
 * Where each community's names are used: a Vietnamese name is written family name first; the others given name
 * first. Regions decide which communities a document draws on (any name can turn up anywhere, but more often here).
 */
export const REGION_COMMUNITIES = {
  uk: ['welsh', 'gaelic', 'greek', 'tamil', 'sinhala', 'yoruba', 'igbo', 'filipino', 'polish', 'vietnamese', 'somali', 'irish'],
  ie: ['irish', 'irish', 'polish', 'filipino', 'yoruba', 'igbo', 'gaelic'],
  au: ['aboriginalAustralian', 'aboriginalAustralian', 'greek', 'vietnamese', 'filipino', 'sinhala', 'tamil', 'somali'],
  ca: ['quebecois', 'quebecois', 'tamil', 'filipino', 'somali', 'vietnamese', 'greek', 'polish'],
};
