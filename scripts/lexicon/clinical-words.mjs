// Words of clinical writing that spoken-English frequency lists (SUBTLEX) do not have: abbreviations, drugs, tests,
// places in a hospital, shorthand. The person-name detector treats a word in no English list as possibly a name
// ("reviewed Velupillai in resus"), so every word a clinician writes that is NOT a name belongs here or in SUBTLEX.
// Written by hand for mindlines (issue 13); lower case, one word per entry, no person's name.

export const CLINICAL_WORDS = `
abg abgs abx ac acei acs ad adl adls adr adrs ae aed af afib aki alp alt amb ambo ambos amu amt anaemia anaemic
analgesia anticoag anticoagulant anticoagulated antiemetic antiemetics antipsychotic apixaban aptt arb arvo asap
asthmatic ast atb atrial auscultation axr bd bdi bibd bili bipap bleep bleeped bleeping bloods bm bmi bms bnf bnp
bp bpm bradycardic bronchiolitis bronchodilator bx ca cabg cad cam camhs cannula cannulae cannulated cannulation
capd cbd cbg cbt ccf ccu cd cdt cdu ceftriaxone cellulitis cf chemo chf chi ck ckd clerked clerking clexane
clonazepam cmv cns co codamol codeine colecalciferol comorbid comorbidities copd cpap cpd cpr crp crt csf csm csu
ct ctg ctpa cvp cva cvc cxr cyp dc dcis ddx deprescribing deprescribe desats desatting dexa dexamethasone dka dm dn
dna dnacpr dnar dns doac dols dose doses dvla dvt dx ecg ecgs echo ed edd eeg egfr ekg emu ent eol eos
ercp esr et ett ewtd fb fbc fh fhx fio fluids fluoxetine fnd fy fyi fx gabapentin gad gcs gentamicin gi gord gp
gps gtn gu haem haematology haematuria haemoptysis haloperidol hba hbaic hca hcas hcp hdu hep hiv hpc hr hrt hx
iabp ibd ibs icd icp icu idt im imha inr insulin ip itu iv ivdu ivi ivig ix jvp kub lactulose lama lba ldh lft
lfts lmp lmwh loc lp lrti ltot lva lvf lvef mane mdt mec metformin mg mi midaz midazolam mmol mmse moca mrsa
mrcp msk msu mx nad nafld nbm nebs nebuliser neut news niv nicu nkda nocte nof nok nstemi nsaid nsaids nsr
obs od ogd ohs omeprazole oncall ooh opd ot ots pa pabrinex paed paeds palliation pcr pe peg peep pefr pft picc plt
pmh po ppi pr prn pt pts ptt pv qds qol rbbb resus rhythm rif rr rrt rtc rx sa sah salbutamol sats sbar sc scbu
sdec sdm sho sob spr stat stemi sx tazocin tds tia tka tpn trop trops tte ttos tto tx uc ue ues urti uti utis
vbg vf vq vt vte wcc wcc wcc wd wr xr
abdo adrenaline albumin alendronate allopurinol amiodarone amitriptyline amlodipine amoxicillin atorvastatin
azathioprine baclofen beclometasone bendroflumethiazide betahistine bisoprolol budesonide bumetanide
buprenorphine calcichew candesartan carbamazepine carbimazole carvedilol cefalexin cefuroxime cetirizine
chlorphenamine ciprofloxacin citalopram clarithromycin clobazam clopidogrel co-amoxiclav coamoxiclav
cyclizine dabigatran dalteparin denosumab diazepam diclofenac digoxin dihydrocodeine diltiazem docusate
domperidone donepezil doxazosin doxycycline duloxetine edoxaban empagliflozin enalapril enoxaparin entonox
erythromycin esomeprazole ferrous finasteride flucloxacillin fludrocortisone fluticasone folic fortisip
furosemide frusemide gaviscon gliclazide glyceryl hydrocortisone hydroxychloroquine hyoscine ibuprofen
indapamide irbesartan isosorbide ivabradine ketamine labetalol lamotrigine lansoprazole levetiracetam
levothyroxine lidocaine linagliptin lisinopril loperamide loratadine lorazepam losartan macrogol mebeverine
meropenem mesalazine metoclopramide metoprolol metronidazole mirtazapine montelukast morphine movicol
naloxone naproxen nitrofurantoin nortriptyline nystatin olanzapine ondansetron oramorph oxybutynin oxycodone
pantoprazole paracetamol paroxetine phenytoin piperacillin pregabalin prednisolone pregabalin prochlorperazine
propranolol quetiapine ramipril ranitidine rifampicin risperidone rivaroxaban rosuvastatin senna sertraline
simvastatin sitagliptin sodium solifenacin sotalol spironolactone statin statins sulfate sumatriptan tamsulosin teicoplanin
terbutaline thiamine ticagrelor tiotropium tramadol trimethoprim valproate vancomycin venlafaxine verapamil
warfarin zopiclone zoledronic buscopan calpol nurofen augmentin fragmin oxynorm zomorph sando sandocal adcal
hartmann hartmanns pabrinex ensure fresubin forceval laxido dulcolax fybogel lactulose cosmocol ventolin
seretide symbicort fostair clenil spiriva trelegy relvar
abdominal acuity admissions ambulatory anaesthetic anaesthetics anaesthetist angiogram anticoagulation
antibiotic antibiotics arrhythmia ascites aspiration asystole atelectasis bedspace biopsy bradycardia
bronchiectasis bronchoscopy cachexia capacity cardiology cardiomyopathy catheter catheterised cholecystitis
cirrhosis clinic clinics coeliac colonoscopy colostomy confusion consultant continence crackles crepitations
cyanosis debrief debriefed debriefing decompensated dehydrated delirium dementia dermatology desaturation
diabetic dialysis diuretic diuretics dyspnoea dysphagia dysuria embolism emphysema encephalopathy endocrine
endoscopy epilepsy escalate escalated escalation exacerbation extubated frailty gastroenterology geriatric
geriatrics gynae gynaecology haematoma haemodynamically handover hepatology hospice hypercalcaemia
hyperkalaemia hypernatraemia hypertension hypoglycaemia hypokalaemia hyponatraemia hypotension hypotensive
hypoxia hypoxic ileostomy intubated intubation ischaemia ischaemic jaundice laparotomy lymphoma majors melaena
metastases metastatic microbiology minors mobilising multimorbidity nasogastric nephrology neurology neutropenic
obstetric oedema oncology ophthalmology orthopaedic orthopaedics orthogeriatric otoscope outreach oximetry
paediatric paediatrician paediatrics palliative pancreatitis paracentesis pathway pathways percutaneous
pericardial peritonitis phlebotomy physio physios physiotherapy pleural pneumonia pneumothorax polypharmacy
postnatal postop postoperative prescriber prescribing pressure proforma psychiatry pulmonary pyelonephritis radiology
referral referrals registrar rehab renal respiratory resuscitation rheumatology rota rotas sepsis septic
sideroom sluice spirometry stoma syncope tachycardia tachycardic thoracic thrombolysis thrombosis titrate
titrated triage triaged troponin urology urosepsis venepuncture ventilated ventilation ward wards wristband
`;
