// The names from names.mjs that the scanner's name lexicon (src/core/privacy/name-lexicon-data.ts at commit 5ad23d4)
// did not know at all, written with or without accents (Ł and Đ typed as L and D): no word of them was a given name
// or a surname there, and none had the Mc/Mac/O' shape the lexicon treats as a surname. Frozen here, not recomputed,
// so the corpus does not change when the lexicon does; `node scripts/build-pii-holdout.mjs --lexicon` reports which
// of them a newer lexicon has learnt.

export const HELD_OUT_GIVEN = `
Seosamh Pádraigín Toirdhealbhach Fionnuala Donnchadh Sadhbh Caoimhín Éabha Dearbhla Peig Cathaoir Diarmaid Lorcán
Fiachra Ultán Bébhinn Clíona Máirtín Eithne Aodhán Sláine Nóirín Proinsias Aindrias Labhrás Íde Gormlaith Flannán Neasa
Ciarnán Aneirin Bleddyn Dilwyn Eurig Heddwyn Iestyn Mererid Nest Pedr Siwan Tegwen Elfed Gwion Hedd Aeron Carwyn Ffraid
Gwawr Lleucu Meleri Elystan Cynan Deiniol Brychan Gwenno Tirion Mabli Eirwen Dyfrig Eòghann Peigi Seonag Dòmhnall
Iseabail Tormod Somhairle Ciorstaidh Murchadh Coinneach Raghnall Beathag Oighrig Anndra Dùghall Fionnlagh Uilleam
Curstag Lachlann Charalambos Panagiota Eleftheria Stavroula Theodoros Dimitra Konstantinos Chrysoula Evangelos Anastasios
Paraskevi Spyridon Kyriaki Aristotelis Efthymia Athanasia Apostolos Polyxeni Zoi Stelios Fotini Loukia Haralampia
Panayiotis Sotiria Thavamani Kanagaratnam Murugesu Thangamma Vijayalakshmi Sellathurai Nagalingam Yogeswari Kalaiselvi
Tharshini Puvaneswaran Ilango Senthuran Arulmozhi Thamilini Mathivathani Sathiyaseelan Vasanthakumari Kugathasan
Thayalini Nirosha Pirashanth Sinnamma Luxmi Chaminda Dilrukshi Nilmini Thilini Kumudu Lasantha Sanjeewa Dulani Iresha
Nuwan Pradeepa Chathurika Upul Ruwani Kanchana Asanka Nadeesha Thushara Sumudu Hiruni Lakmini Dammika Anoma Hasitha
Sewwandi Oluwafunmilayo Temiloluwa Oluwadamilare Adetokunbo Olufemi Iyabo Olabisi Oreoluwa Fiyinfoluwa Bolanle Nnaemeka
Ikechukwu Chinwendu Ugochukwu Nkiruka Oluchi Kelechi Chukwuebuka Ngozika Ifeyinwa Somtochukwu Uzoamaka Nwakaego
Onyinyechi Ezinne Amarachi Tochukwu Nnenna Chigozie Obiora Kosisochukwu Maricel Marites Rodelio Jennelyn Analyn Marivic
Dindo Lualhati Dalisay Ligaya Bayani Rizalina Luzviminda Girlie Honeylyn Jomar Perlita Arnel Lorelie Bożydar
Bronisława Wiesława Zdzisław Czesław Mieczysław Teodozja Kunegunda Genowefa Bogumiła Stanisława Dobrosława
Krzesimir Jarosław Bolesław Sławomira Honorata Huy Lộc Nhung Khoa Quốc Sương Vy Abdiwali Hibaaq Faadumo
Sahro Cawo Maryan Xaliimo Deeqa Ubah Ilhaan Nimco Sagal Fartuun Bashiir Cabdi Guled Liban Mahad Jamaac Khadar Shukri
Anab Ladan Ruqiya Hawo Kirra Jarrah Jedda Tjanara Narelle Noeline Leeroy Shaquille Kaiyu Yindi Tyrelle Shakaya Jaylee
Mervyn Alinta Lowanna Waru Rosaire Fernand Gervaise Adélard Laurier
`;

export const HELD_OUT_SURNAMES = `
Ó Súilleabháin|Ó Flaithearta|Nic Dhonncha|Ó Ceallaigh|Ó Dubhghaill|Ó Laoghaire|Ó Duinnshléibhe|Ruddle|Ó hEochaidh
|Cronnelly|Llwyd|Gruffudd|Prydderch|Prytherch|Gwilt|Rhydderch|Cadwaladr|Mostyn|ap Siôn|Eifion|Bowcott|Pennant|Hiraethog
|Tegid|NicLeòid|MacIllInnein|Caimbeul|Moireach|Rothach|Maclachlainn|NicIlleathain|Dòmhnallach|Grannd|MacIllEathain
|Siosal|Charalambous|Papadopoulou|Georgiadis|Konstantinidou|Hadjipanayi|Christodoulou|Economides|Kyriakou|Theodorou
|Papachristodoulou|Stavrinides|Antoniou|Michaelides|Panayiotou|Zachariou|Lambrianou|Evangelou|Tsakalidis|Vasilakis
|Hadjigeorgiou|Karagiannopoulos|Stylianidou|Xenophontos|Pieridou|Paramanathan|Sivapalan|Thurairajah|Jeyaratnam|Kandiah
|Rasiah|Sinnathamby|Arumugam|Velupillai|Vythilingam|Ganeshalingam|Nadarajah|Kanagasabai|Selvarajah|Mahendran
|Ponnambalam|Balasubramaniam|Kumaraswamy|Thiruchelvam|Yogarajah|Sockalingam|Ratnasingham|Wickramasinghe|Jayawardena
|Gunawardena|Senanayake|Rajapaksha|Weerasinghe|Abeysekera|Dissanayake|Karunaratne|Wijesuriya|Ekanayake|Samarasinghe
|Hettiarachchi|Kulasekara|Liyanage|Pathirana|Ranasinghe|Amarasekara|Jayasooriya|Siriwardena|Wanigasekera|Ratnayake
|Munasinghe|Kodikara|Ogunleye|Oyelaran|Akinwande|Ogunbanjo|Fashola|Oyedepo|Akintola|Oladipo|Ogundipe|Onabanjo|Olatunji
|Adewumi|Oyebanji|Akinyemi|Olowookere|Ogunsanya|Adesanya|Oyenuga|Akinsanmi|Odusanya|Ajibola|Chukwuma|Onyeama|Okorie
|Ezeilo|Nwabueze|Iwuchukwu|Onwuachi|Ugwu|Nwaogu|Ezenwa|Ibekwe|Onuoha|Emenike|Obiechina|Nwokolo|Udeogu|Ezeokoli|Anozie
|Sumulong|Dimaculangan|Magbanua|Dimagiba|Manalastas|Lacsamana|Mangubat|Quisumbing|Batungbakal|Malabanan|Dumalagan
|Macaspac|Dimaano|Chrząszcz|Wróblewska|Żółkiewska|Jabłońska|Dąbrowska|Głowacka|Błaszczykowski|Wojciechowska|Brzezińska
|Xasan|Jaamac|Hirsi|Egal|Samatar|Aadan|Nuur|Dirie|Ismaaciil|Guleed|Cige|Carraale|Xirsi|Faarax|Cawaale|Duale|Gaas|Cilmi
|Waabeeye|Yunupingu|Gurruwiwi|Wunungmurra|Tjapaltjarri|Napaljarri|Tjampitjinpa|Jakamarra|Nungarrayi|Jupurrurla
|Nampijinpa|Roughsey|Kickett|Garlett|Ugle|Yarran|Wanganeen|Mongta|Narkle|Fejo|Djerrkura|Bropho|Mundine|Tjungurrayi
|Ngalkin|Larouche|Duchesneau|St-Onge
`;
