"""The search terms every deployment starts with: for each topic, words people type for it
in each content language — everyday words, synonyms, plurals, common spellings and
loanwords (a Farsi reader may write the German word she heard, «آوسبیلدونگ»). A topic's own
names are found without being listed here. Editors extend the list in the admin ("Search
terms"); words people looked for and did not find are listed on the start page to add."""

# slug: {language: "term, term, …"}
CATEGORIES = {
    "asylberatung": {
        "de": "Asyl, Asylantrag, Asylverfahren, Flüchtling, Flüchtlingsberatung, Anhörung, "
        "BAMF, Duldung, Abschiebung, Aufenthaltserlaubnis, Klage gegen Ablehnung, Aufenthalt",
        "en": "asylum, asylum application, refugee, asylum interview, deportation, "
        "toleration, residence permit, rejection appeal, stay permit",
        "ar": "لجوء, طلب لجوء, لاجئ, لاجئين, مقابلة اللجوء, ترحيل, إقامة, دولدونغ, رفض اللجوء",
        "uk": "притулок, біженець, біженці, статус біженця, депортація, посвідка на "
        "проживання, тимчасовий захист, дозвіл на проживання",
        "ru": "убежище, беженец, беженцы, статус беженца, депортация, вид на жительство, разрешение на проживание",
        "fa": "پناهندگی, پناهنده, درخواست پناهندگی, مصاحبه پناهندگی, اخراج, دیپورت, اقامت, "
        "رد پناهندگی",
        "tr": "iltica, sığınma, mülteci, sığınma başvurusu, sınır dışı, oturum izni",
        "fr": "asile, demande d'asile, réfugié, réfugiés, expulsion, titre de séjour",
        "ps": "پناه, پناه غوښتنه, پناهندګي, کډوال, اخراج, اقامت",
        "ti": "ዑቕባ, ስደተኛ, ስደተኛታት, ሕቶ ዑቕባ",
        "kmr": "penaberî, penaber, daxwaza penaberiyê, derxistin, destûra mayînê",
    },
    "migrationsberatung": {
        "de": "Migrationsberatung, MBE, Jugendmigrationsdienst, Beratung, Sozialberatung, "
        "Hilfe bei Briefen, Formular, Antrag ausfüllen, Einbürgerung, Papiere, Dokumente, Behördenbriefe",
        "en": "migration advice, counselling, counseling, advice, help with letters, forms, "
        "citizenship, naturalisation, documents, paperwork",
        "ar": "استشارة, استشارات, مشورة, استشارة الهجرة, مساعدة في الرسائل, استمارة, تجنيس, "
        "الجنسية, أوراق, وثائق",
        "uk": "консультація, порада, міграційна консультація, допомога з листами, заява, "
        "громадянство, документи, папери",
        "ru": "консультация, совет, миграционная консультация, помощь с письмами, заявление, "
        "гражданство, документы, бумаги",
        "fa": "مشاوره, مشاوره مهاجرت, کمک برای نامه, فرم, تابعیت, شهروندی, مدارک اداری, کاغذ بازی",
        "tr": "danışma, danışmanlık, göç danışmanlığı, mektuplara yardım, form doldurma, "
        "vatandaşlık, evrak, belgeler",
        "fr": "conseil, conseil aux migrants, aide pour les courriers, formulaire, naturalisation, aide administrative, papiers, démarches",
        "ps": "مشوره, د مهاجرت مشوره, د لیکونو مرسته, فورمه, تابعیت, اسناد, کاغذونه",
        "ti": "ምኽሪ, ምኽሪ ስደተኛታት, ሓገዝ ደብዳበ, ዜግነት, ሰነዳት",
        "kmr": "şêwir, şêwirdarî, şêwirdariya koçberiyê, alîkariya nameyan, hemwelatî, belge, kaxez",
    },
    "schuldnerberatung": {
        "de": "Schulden, Schuldnerberatung, Insolvenz, Mahnung, Inkasso, Geldprobleme, "
        "Pfändung, Kredit, Rechnung, Rechnungen, Zahlungsschwierigkeiten, Mietschulden, Stromschulden, Privatinsolvenz",
        "en": "debt, debts, money problems, unpaid bills, insolvency, debt collector, loan, bills, pay bills, cannot pay, can't pay, arrears, owe money, overdue",
        "ar": "ديون, دين, مشاكل مالية, فواتير, إفلاس, قرض, فاتورة, متأخرات, لا أستطيع الدفع",
        "uk": "борг, борги, заборгованість, банкрутство, рахунки, проблеми з грошима, кредит, рахунок, не можу заплатити, кредитори",
        "ru": "долг, долги, задолженность, банкротство, счета, проблемы с деньгами, кредит, не могу заплатить, кредиторы",
        "fa": "بدهی, بدهکاری, قرض, مشکل مالی, قبض, ورشکستگی, وام, قبض ها, بدهکار",
        "tr": "borç, borçlar, iflas, fatura, para sorunu, kredi, faturalar, ödeyemiyorum, icra",
        "fr": "dettes, dette, surendettement, factures impayées, problèmes d'argent, crédit, facture, factures, impayés, je ne peux pas payer",
        "ps": "پور, پورونه, قرض, مالي ستونزې, قرضونه",
        "ti": "ዕዳ, ልቓሕ, ጸገም ገንዘብ",
        "kmr": "deyn, qer, pirsgirêkên pereyan, fatûre, deyndar",
    },
    "familienberatung": {
        "de": "Familie, Erziehung, Erziehungsberatung, Eltern, Trennung, Scheidung, "
        "Schwangerschaft, Paarberatung, Streit in der Familie",
        "en": "family, parenting, parents, separation, divorce, pregnancy, couples",
        "ar": "عائلة, أسرة, تربية, الوالدين, طلاق, انفصال, حمل, مشاكل عائلية",
        "uk": "сім'я, родина, виховання, батьки, розлучення, вагітність",
        "ru": "семья, воспитание, родители, развод, беременность",
        "fa": "خانواده, تربیت, والدین, طلاق, جدایی, بارداری, مشکلات خانوادگی",
        "tr": "aile, ebeveyn, çocuk eğitimi, boşanma, ayrılık, hamilelik",
        "fr": "famille, parents, éducation des enfants, séparation, divorce, grossesse",
        "ps": "کورنۍ, مور او پلار, روزنه, طلاق, امیندواري",
        "ti": "ስድራቤት, ወለዲ, ፍትሕ, ጥንሲ",
        "kmr": "malbat, dê û bav, perwerdekirina zarokan, berdan, ducanî",
    },
    "gesundheit": {
        "de": "Arzt, Ärztin, Zahnarzt, Hausarzt, Kinderarzt, Frauenarzt, Krankenhaus, krank, "
        "Krankenkasse, Psychotherapie, Hebamme, Impfung, Apotheke, Praxis, Schmerzen, Zahnschmerzen, Fieber, Husten, Rezept, Arzttermin, Krankheit, erkrankt, Notaufnahme, Notfall, Kinderärztin, Gesundheitsamt, Vorsorge, Frauenärztin, Augenarzt",
        "en": "doctor, GP, dentist, hospital, sick, ill, health insurance, midwife, "
        "vaccination, pharmacy, therapy, mental health, clinic, pain, toothache, fever, cough, prescription, illness, disease, emergency, paediatrician, pediatrician, unwell, injury, medical, eye doctor",
        "ar": "طبيب, دكتور, طبيبة, طبيب أسنان, مستشفى, مريض, تأمين صحي, قابلة, تطعيم, "
        "صيدلية, علاج نفسي, عيادة, ألم, وجع, أسنان, حرارة, سعال, وصفة طبية, مرض, طوارئ, إسعاف, طبيب أطفال, طبيب عيون, صحة",
        "uk": "лікар, лікарка, стоматолог, зубний, лікарня, хворий, медична страховка, "
        "щеплення, аптека, психолог, поліклініка, біль, зуби, температура, кашель, рецепт, хвороба, хворіє, хворіти, захворів, захворіла, швидка, невідкладна допомога, педіатр, здоров'я",
        "ru": "врач, доктор, стоматолог, зубной, больница, болезнь, медицинская страховка, "
        "прививка, аптека, психолог, поликлиника, боль, зубы, температура, кашель, рецепт, болеет, больной, заболел, заболела, скорая, неотложная помощь, педиатр, здоровье",
        "fa": "پزشک, دکتر, دندانپزشک, بیمارستان, بیمار, مریض, بیمه درمانی, ماما, واکسن, "
        "داروخانه, روانشناس, درمانگاه, درد, دندان, دندون, تب, سرفه, نسخه, بیماری, اورژانس, متخصص اطفال, دکتر اطفال, سلامت, مریضی",
        "tr": "doktor, hekim, diş hekimi, dişçi, hastane, hasta, sağlık sigortası, ebe, aşı, "
        "eczane, psikolog, ağrı, diş ağrısı, ateş, öksürük, reçete, hastalık, acil, çocuk doktoru, sağlık, göz doktoru",
        "fr": "médecin, docteur, dentiste, hôpital, malade, assurance maladie, sage-femme, "
        "vaccin, pharmacie, psychologue, douleur, mal de dents, fièvre, toux, ordonnance, maladie, urgence, urgences, pédiatre, santé, ophtalmologue",
        "ps": "ډاکټر, داکتر, د غاښونو ډاکټر, روغتون, ناروغ, روغتیا بیمه, درملتون, درد, غاښ, تبه, ټوخی, نسخه, ناروغي, بیړني, د ماشومانو ډاکټر, روغتیا",
        "ti": "ሓኪም, ዶክተር, ሓኪም ስኒ, ሆስፒታል, ሕሙም, መድሃኒት, ሕክምና, ቃንዛ, ስኒ, ረስኒ, ሰዓል, ሕማም, ሓሚሙ, ሓሚማ, ህጹጽ, ጥዕና",
        "kmr": "doktor, bijîşk, doktorê diranan, nexweşxane, nexweş, sîgorteya tenduristiyê, "
        "dermanxane, êş, diran, ta, kuxik, reçete, nexweşî, acîl, doktorê zarokan, tenduristî",
    },
    "wohnen": {
        "de": "Wohnung, Wohnungssuche, Miete, Unterkunft, Wohnberechtigungsschein, WBS, "
        "obdachlos, Zimmer, Vermieter, Nebenkosten",
        "en": "flat, apartment, housing, rent, accommodation, homeless, room, landlord",
        "ar": "شقة, سكن, إيجار, منزل, بيت, غرفة, مشرد, البحث عن شقة",
        "uk": "квартира, житло, оренда, кімната, пошук житла, бездомний",
        "ru": "квартира, жильё, аренда, комната, поиск жилья, бездомный",
        "fa": "خانه, آپارتمان, اجاره, اتاق, بی خانمان, خانه پیدا کردن",
        "tr": "ev, daire, kira, konut, oda, evsiz, ev arama",
        "fr": "logement, appartement, loyer, chambre, sans-abri, hébergement",
        "ps": "کور, اپارتمان, کرایه, کوټه, استوګنځی",
        "ti": "ገዛ, ኪራይ, ክፍሊ, መንበሪ",
        "kmr": "xanî, mal, kirê, ode, bê mal",
    },
    "behoerden": {
        "de": "Amt, Behörde, Ausländerbehörde, Bürgeramt, Bürgerbüro, Jobcenter, Sozialamt, "
        "Anmeldung, Aufenthaltstitel, Pass, Ausweis, Rathaus, Ausländeramt, Standesamt, Meldebehörde",
        "en": "office, authorities, immigration office, town hall, registration, passport, "
        "ID card, residence title",
        "ar": "مكتب, دائرة, دائرة الأجانب, البلدية, تسجيل السكن, جواز سفر, هوية, جوب سنتر",
        "uk": "відомство, установа, відомство у справах іноземців, ратуша, реєстрація, "
        "паспорт, посвідчення",
        "ru": "ведомство, учреждение, ведомство по делам иностранцев, ратуша, регистрация, "
        "паспорт, удостоверение",
        "fa": "اداره, اداره اتباع خارجی, شهرداری, ثبت نام محل سکونت, پاسپورت, کارت شناسایی",
        "tr": "resmi daire, yabancılar dairesi, belediye, ikamet kaydı, pasaport, kimlik",
        "fr": "administration, bureau des étrangers, mairie, inscription, passeport, "
        "carte d'identité",
        "ps": "اداره, د بهرنیانو اداره, ښاروالي, پاسپورت, تذکره",
        "ti": "ቤት ጽሕፈት, ምምሕዳር, ፓስፖርት, መንነት",
        "kmr": "dezgeh, daîre, daîreya biyaniyan, şaredarî, pasaport, nasname",
    },
    "freizeit-und-sport": {
        "de": "Freizeit, Sport, Fußball, Schwimmen, Sportverein, Verein, Treffpunkt, "
        "Begegnung, Ausflug, Musik, Spielen",
        "en": "leisure, sport, sports, football, soccer, swimming, club, meeting place, music, "
        "free time",
        "ar": "رياضة, كرة القدم, سباحة, نادي, ترفيه, وقت الفراغ, موسيقى",
        "uk": "спорт, футбол, плавання, дозвілля, клуб, вільний час, музика",
        "ru": "спорт, футбол, плавание, досуг, клуб, свободное время, музыка",
        "fa": "ورزش, فوتبال, شنا, باشگاه, تفریح, اوقات فراغت, موسیقی",
        "tr": "spor, futbol, yüzme, kulüp, boş zaman, müzik",
        "fr": "sport, football, natation, club, loisirs, temps libre, musique",
        "ps": "سپورت, ورزش, فوټبال, لامبو, تفریح",
        "ti": "ስፖርት, ኩዕሶ እግሪ, ምሕማስ, ዕረፍቲ",
        "kmr": "werzîş, futbol, avjenî, klûb, dema vala",
    },
    "frauen": {
        "de": "Frauentreff, Frauencafé, Frauenberatung, häusliche Gewalt, Frauenhaus, Mütter",
        "en": "women, woman, domestic violence, women's shelter, mothers",
        "ar": "نساء, امرأة, عنف أسري, بيت النساء, أمهات",
        "uk": "жінки, жінка, домашнє насильство, притулок для жінок, матері",
        "ru": "женщины, женщина, домашнее насилие, приют для женщин, матери",
        "fa": "زنان, زن, خشونت خانگی, خانه امن زنان, مادران",
        "tr": "kadınlar, kadın, aile içi şiddet, kadın sığınma evi, anneler",
        "fr": "femmes, femme, violence conjugale, foyer pour femmes, mères",
        "ps": "ښځې, ښځه, کورنی تاوتریخوالی, میندې",
        "ti": "ደቂ ኣንስትዮ, ሰበይቲ, ዓመጽ ኣብ ገዛ, ኣዴታት",
        "kmr": "jin, jinan, tundiya malbatî, dayik",
    },
    "jugend": {
        "de": "Jugend, Jugendliche, Jugendzentrum, Jugendtreff, Teenager, junge Leute",
        "en": "youth, young people, teenagers, youth centre, youth club",
        "ar": "شباب, مراهقين, مركز الشباب, يافعين",
        "uk": "молодь, підлітки, молодіжний центр",
        "ru": "молодёжь, подростки, молодёжный центр",
        "fa": "جوانان, نوجوانان, مرکز جوانان",
        "tr": "gençlik, gençler, gençlik merkezi",
        "fr": "jeunes, jeunesse, adolescents, maison des jeunes",
        "ps": "ځوانان, تنکي ځوانان, د ځوانانو مرکز",
        "ti": "መንእሰያት, ንኣሽቱ መንእሰያት",
        "kmr": "ciwan, ciwanan, navenda ciwanan",
    },
    "sprachkurse": {
        "de": "Deutschkurs, Sprachkurs, Integrationskurs, Deutsch lernen, A1, A2, B1, B2, C1, "
        "Alphabetisierung, Sprachcafé, Deutsch",
        "en": "German course, language course, learn German, integration course, literacy, "
        "German class",
        "ar": "دورة ألماني, دورة لغة, تعلم الألمانية, اللغة الألمانية, دورة اندماج, ألماني, "
        "كورس ألماني",
        "uk": "курси німецької, курс німецької мови, вивчати німецьку, німецька мова, "
        "інтеграційний курс, німецька",
        "ru": "курсы немецкого, курс немецкого языка, учить немецкий, немецкий язык, "
        "интеграционный курс, немецкий",
        "fa": "کلاس آلمانی, کلاس زبان, یادگیری آلمانی, زبان آلمانی, دوره ادغام, آلمانی, "
        "کورس آلمانی",
        "tr": "almanca kursu, dil kursu, almanca öğrenmek, uyum kursu, almanca",
        "fr": "cours d'allemand, cours de langue, apprendre l'allemand, cours d'intégration, "
        "allemand",
        "ps": "د الماني کورس, د ژبې کورس, الماني زده کړه, الماني",
        "ti": "ትምህርቲ ጀርመንኛ, ኮርስ ቋንቋ, ጀርመንኛ",
        "kmr": "kursa almanî, kursa ziman, fêrbûna almanî, almanî",
    },
    "kinderbetreuung": {
        "de": "Kita, Kindergarten, Krippe, Kindertagesstätte, Tagesmutter, Kitaplatz, "
        "Betreuung, Hort, Spielgruppe",
        "en": "daycare, day care, nursery, kindergarten, childcare, childminder, playgroup",
        "ar": "حضانة, روضة, روضة أطفال, رعاية الأطفال, دار حضانة",
        "uk": "дитсадок, садочок, дитячий садок, ясла, догляд за дітьми, няня",
        "ru": "детский сад, детсад, садик, ясли, присмотр за детьми, няня",
        "fa": "مهدکودک, مهد کودک, کودکستان, نگهداری کودک, پرستار بچه",
        "tr": "kreş, anaokulu, çocuk bakımı, gündüz bakımı, bakıcı",
        "fr": "crèche, garderie, école maternelle, garde d'enfants, assistante maternelle",
        "ps": "وړکتون, د ماشومانو ساتنه, کودکستان",
        "ti": "መዋእለ ህጻናት, ክንክን ቆልዑ, ሕጻናት",
        "kmr": "kreş, baxçeya zarokan, zarokxane, çavdêriya zarokan",
    },
    "schule": {
        "de": "Schule, Hausaufgaben, Nachhilfe, Grundschule, Schulanmeldung, Lernhilfe, Schulplatz, Hausaufgabenhilfe, Förderunterricht, Schüler",
        "en": "school, homework, homework help, tutoring, primary school, school enrolment, tutor, after school, pupils, school place",
        "ar": "مدرسة, واجبات, واجبات منزلية, دروس خصوصية, مدرسة ابتدائية, تسجيل المدرسة, دروس تقوية, تقوية, مساعدة في الواجبات, طلاب",
        "uk": "школа, домашнє завдання, репетитор, початкова школа, запис до школи, домашка, допомога з уроками, школяр, учні",
        "ru": "школа, домашнее задание, репетитор, начальная школа, запись в школу, домашка, помощь с уроками, школьник, ученики",
        "fa": "مدرسه, تکلیف, تکالیف مدرسه, کلاس تقویتی, دبستان, ثبت نام مدرسه, دانش آموز, کمک درسی",
        "tr": "okul, ödev, ev ödevi, ek ders, ilkokul, okul kaydı, etüt, öğrenci, ödev yardımı",
        "fr": "école, devoirs, aide aux devoirs, soutien scolaire, école primaire, "
        "inscription scolaire, élève, élèves, cours de soutien",
        "ps": "ښوونځی, کورنی دنده, لومړنی ښوونځی, زده کوونکی",
        "ti": "ቤት ትምህርቲ, ዕዮ ገዛ, ተምሃራይ, ሓገዝ ትምህርቲ",
        "kmr": "dibistan, erkê malê, dersa alîkar, dibistana seretayî, xwendekar, alîkariya dersê",
    },
    "arbeitssuche": {
        "de": "Arbeit, Job, Jobsuche, Arbeitsstelle, Stelle, Bewerbung, Lebenslauf, "
        "Arbeitsagentur, Jobcenter, Minijob, arbeiten",
        "en": "job, work, jobs, job search, employment, application, CV, resume",
        "ar": "عمل, شغل, وظيفة, البحث عن عمل, سيرة ذاتية, طلب توظيف",
        "uk": "робота, роботу, пошук роботи, вакансія, резюме, працевлаштування",
        "ru": "работа, работу, поиск работы, вакансия, резюме, трудоустройство",
        "fa": "کار, شغل, کاریابی, جستجوی کار, رزومه, استخدام",
        "tr": "iş, iş arama, iş başvurusu, özgeçmiş, çalışmak",
        "fr": "emploi, travail, recherche d'emploi, CV, candidature, boulot",
        "ps": "کار, دنده, د کار لټون, ژوندلیک",
        "ti": "ስራሕ, ምድላይ ስራሕ",
        "kmr": "kar, xebat, lêgerîna kar",
    },
    "ausbildung": {
        "de": "Ausbildung, Lehre, Umschulung, Weiterbildung, Qualifizierung, Praktikum, "
        "Berufsausbildung",
        "en": "apprenticeship, vocational training, training, internship, retraining, "
        "further education",
        "ar": "تدريب مهني, أوسبيلدونغ, تدريب, دورة مهنية, تدريب عملي",
        "uk": "професійне навчання, навчання професії, стажування, перекваліфікація",
        "ru": "профессиональное обучение, обучение профессии, стажировка, переквалификация",
        "fa": "آموزش حرفه ای, کارآموزی, دوره مهارتی, آوسبیلدونگ",
        "tr": "meslek eğitimi, çıraklık, staj, meslek edinme",
        "fr": "apprentissage, formation professionnelle, stage, reconversion, formation",
        "ps": "مسلکي زده کړه, کارآموزي, مسلکي روزنه",
        "ti": "ሞያዊ ስልጠና, ስልጠና, ልምምድ",
        "kmr": "perwerdeya pîşeyî, stajyerî, perwerdehî",
    },
    "anerkennung": {
        "de": "Anerkennung, Abschluss, Zeugnis, Diplom, Studium, Berufsabschluss, Universität",
        "en": "recognition, qualification, certificate, diploma, degree, university",
        "ar": "معادلة, معادلة الشهادة, شهادة, دبلوم, الاعتراف بالشهادة, جامعة",
        "uk": "визнання диплома, диплом, атестат, освіта, університет, нострифікація",
        "ru": "признание диплома, диплом, аттестат, образование, университет, нострификация",
        "fa": "ارزشیابی مدرک, مدرک, دیپلم, معادل سازی, دانشگاه",
        "tr": "denklik, diploma, diploma tanınması, mezuniyet belgesi, üniversite",
        "fr": "reconnaissance, équivalence, diplôme, reconnaissance des diplômes, université",
        "ps": "د سند ارزونه, سند, ډیپلوم, پوهنتون",
        "ti": "ምፍላጥ ዲግሪ, ዲፕሎማ, ምስክር ወረቐት",
        "kmr": "naskirina bawernameyê, bawername, dîploma, zanîngeh",
    },
}


def terms(spec: str) -> list[str]:
    return [term.strip() for term in spec.split(",") if term.strip()]
