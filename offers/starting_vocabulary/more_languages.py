"""The starting vocabulary in the languages added later: Ukrainian, Russian, Farsi/Dari,
Turkish, French, Pashto, Tigrinya and Kurmanji (categories and target groups by slug; the
spoken languages' names from CLDR unless listed in NAME_OVERRIDES)."""

LANGS = ("uk", "ru", "fa", "tr", "fr", "ps", "ti", "kmr")

# slug: {language: (name, description)}
CATEGORIES = {
    "leben": {
        "uk": (
            "Життя",
            "Консультації, здоров'я, житло, установи, дозвілля та пропозиції для сімей, жінок і молоді.",
        ),
        "ru": (
            "Жизнь",
            "Консультации, здоровье, жильё, ведомства, досуг и предложения для семей, женщин и молодёжи.",
        ),
        "fa": (
            "زندگی",
            "مشاوره، بهداشت، مسکن، ادارات، اوقات فراغت و خدمات برای خانواده‌ها، زنان و جوانان.",
        ),
        "tr": (
            "Yaşam",
            "Danışmanlık, sağlık, konut, resmi daireler, boş zaman ve aileler, kadınlar ve gençler için hizmetler.",
        ),
        "fr": (
            "Vivre",
            "Conseil, santé, logement, administrations, loisirs et offres pour les familles, les femmes et les jeunes.",
        ),
        "ps": (
            "ژوند",
            "مشوره، روغتیا، استوګنځی، ادارې، تفریح او د کورنیو، ښځو او ځوانانو لپاره خدمتونه.",
        ),
        "ti": (
            "ናብራ",
            "ምኽሪ፡ ጥዕና፡ መንበሪ ገዛ፡ ቤት ጽሕፈታት፡ ናጻ ግዜን ንስድራቤታት፡ ደቀንስትዮን መንእሰያትን ዝኸውን ኣገልግሎታትን።",
        ),
        "kmr": (
            "Jiyan",
            "Şêwirdarî, tenduristî, xanî, dezgeh, dema vala û pêşniyar ji bo malbat, jin û ciwanan.",
        ),
    },
    "lernen": {
        "uk": (
            "Навчання",
            "Курси німецької мови та інтеграційні курси, догляд за дітьми та школа.",
        ),
        "ru": (
            "Учёба",
            "Курсы немецкого языка и интеграционные курсы, присмотр за детьми и школа.",
        ),
        "fa": ("یادگیری", "کلاس‌های زبان آلمانی و کلاس‌های ادغام، نگهداری از کودکان و مدرسه."),
        "tr": ("Öğrenme", "Almanca kursları ve uyum kursları, çocuk bakımı ve okul."),
        "fr": ("Apprendre", "Cours d'allemand et d'intégration, garde d'enfants et école."),
        "ps": ("زده کړه", "د الماني ژبې او ادغام کورسونه، د ماشومانو ساتنه او ښوونځی."),
        "ti": ("ምምሃር", "ናይ ጀርመንኛ ቋንቋን ምውህሃድን ኮርሳት፡ ክንክን ቆልዑን ቤት ትምህርትን።"),
        "kmr": ("Fêrbûn", "Kursên almanî û entegrasyonê, lênêrîna zarokan û dibistan."),
    },
    "arbeiten": {
        "uk": ("Робота", "Пошук роботи, професійне навчання та визнання іноземних дипломів."),
        "ru": (
            "Работа",
            "Поиск работы, профессиональное обучение и признание иностранных дипломов.",
        ),
        "fa": ("کار", "کاریابی، آموزش حرفه‌ای و به رسمیت شناختن مدارک خارجی."),
        "tr": ("Çalışma", "İş arama, meslek eğitimi ve yabancı diplomaların tanınması."),
        "fr": (
            "Travailler",
            "Recherche d'emploi, formation professionnelle et reconnaissance des diplômes étrangers.",
        ),
        "ps": ("کار", "د کار لټون، مسلکي روزنه او د بهرنیو سندونو منل."),
        "ti": ("ስራሕ", "ስራሕ ምንዳይ፡ ሞያዊ ስልጠናን ኣፍልጦ ወጻኢ ምስክር ወረቐታትን።"),
        "kmr": ("Kar", "Lêgerîna kar, perwerdehiya pîşeyî û naskirina dîplomayên biyanî."),
    },
    "sprachkurse": {
        "uk": (
            "Мовні та інтеграційні курси",
            "Курси німецької для всіх рівнів, інтеграційні курси, курси грамотності та мовні кафе.",
        ),
        "ru": (
            "Языковые и интеграционные курсы",
            "Курсы немецкого для всех уровней, интеграционные курсы, курсы грамотности и языковые кафе.",
        ),
        "fa": (
            "کلاس‌های زبان و ادغام",
            "کلاس‌های آلمانی برای همه سطح‌ها، کلاس‌های ادغام، سوادآموزی و کافه‌های زبان.",
        ),
        "tr": (
            "Dil ve uyum kursları",
            "Her seviye için Almanca kursları, uyum kursları, okuma yazma kursları ve dil kafeleri.",
        ),
        "fr": (
            "Cours de langue et d'intégration",
            "Cours d'allemand de tous niveaux, cours d'intégration, cours d'alphabétisation et cafés linguistiques.",
        ),
        "ps": (
            "د ژبې او ادغام کورسونه",
            "د هرې کچې لپاره د الماني کورسونه، د ادغام کورسونه، د سواد کورسونه او د ژبې کافې.",
        ),
        "ti": (
            "ኮርሳት ቋንቋን ምውህሃድን",
            "ንኩሉ ደረጃ ናይ ጀርመንኛ ኮርሳት፡ ኮርሳት ምውህሃድ፡ ኮርሳት ምንባብን ጽሕፈትን ካፌታት ቋንቋን።",
        ),
        "kmr": (
            "Kursên ziman û entegrasyonê",
            "Kursên almanî ji bo hemû astan, kursên entegrasyonê, kursên xwendin-nivîsandinê û kafeyên ziman.",
        ),
    },
    "kinderbetreuung": {
        "uk": (
            "Догляд за дітьми",
            "Дитячі садки, денні няні, ігрові групи та групи для батьків з дітьми.",
        ),
        "ru": (
            "Присмотр за детьми",
            "Детские сады, дневные няни, игровые группы и группы для родителей с детьми.",
        ),
        "fa": (
            "نگهداری از کودکان",
            "مهدکودک‌ها، پرستاران روزانه، گروه‌های بازی و گروه‌های والدین و کودک.",
        ),
        "tr": (
            "Çocuk bakımı",
            "Kreşler, gündüz bakıcıları, oyun grupları ve anne-baba-çocuk grupları.",
        ),
        "fr": (
            "Garde d'enfants",
            "Crèches, assistantes maternelles, groupes de jeu et groupes parents-enfants.",
        ),
        "ps": (
            "د ماشومانو ساتنه",
            "وړکتونونه، د ورځې ساتونکي، د لوبو ډلې او د مور و پلار او ماشوم ډلې.",
        ),
        "ti": ("ክንክን ቆልዑ", "መውዓሊ ህጻናት፡ ናይ መዓልቲ ተናበይቲ፡ ጉጅለታት ጸወታን ጉጅለታት ወለድን ቆልዑን።"),
        "kmr": (
            "Lênêrîna zarokan",
            "Baxçeyên zarokan, lênêrînerên rojane, komên lîstikê û komên dêûbav û zarokan.",
        ),
    },
    "schule": {
        "uk": (
            "Школа і допомога з домашніми завданнями",
            "Запис до школи, вступ до школи в старшому віці, допомога з домашніми завданнями та репетиторство.",
        ),
        "ru": (
            "Школа и помощь с домашними заданиями",
            "Запись в школу, поступление в школу в старшем возрасте, помощь с домашними заданиями и репетиторство.",
        ),
        "fa": (
            "مدرسه و کمک درسی",
            "ثبت‌نام در مدرسه، ورود دیرهنگام به مدرسه، کمک در تکالیف و تدریس خصوصی.",
        ),
        "tr": (
            "Okul ve ödev yardımı",
            "Okula kayıt, ileri yaşta okula başlama, ödev yardımı ve özel ders.",
        ),
        "fr": (
            "École et aide aux devoirs",
            "Inscription à l'école, scolarisation tardive, aide aux devoirs et soutien scolaire.",
        ),
        "ps": (
            "ښوونځی او د کورني کار مرسته",
            "په ښوونځي کې نوم لیکنه، په لوی عمر ښوونځي ته ننوتل، د کورني کار مرسته او خصوصي درسونه.",
        ),
        "ti": (
            "ቤት ትምህርትን ሓገዝ ዕዮ ገዛን",
            "ምምዝጋብ ቤት ትምህርቲ፡ ብዓቢ ዕድመ ቤት ትምህርቲ ምእታው፡ ሓገዝ ዕዮ ገዛን ተወሳኺ ትምህርትን።",
        ),
        "kmr": (
            "Dibistan û alîkariya karê malê",
            "Qeydkirina dibistanê, dereng dest bi dibistanê kirin, alîkariya karê malê û dersên taybet.",
        ),
    },
    "asylberatung": {
        "uk": (
            "Консультації з питань притулку",
            "Незалежні консультації щодо процедури надання притулку, співбесіди та рішень.",
        ),
        "ru": (
            "Консультации по вопросам убежища",
            "Независимые консультации о процедуре предоставления убежища, собеседовании и решениях.",
        ),
        "fa": ("مشاوره پناهندگی", "مشاوره مستقل درباره روند پناهندگی، مصاحبه و تصمیم‌ها."),
        "tr": (
            "İltica danışmanlığı",
            "İltica süreci, mülakat ve kararlar hakkında bağımsız danışmanlık.",
        ),
        "fr": (
            "Conseil en matière d'asile",
            "Conseil indépendant sur la procédure d'asile, l'audition et les décisions.",
        ),
        "ps": ("د پناه غوښتنې مشوره", "د پناه غوښتنې د بهیر، مرکې او پریکړو په اړه خپلواکه مشوره."),
        "ti": ("ምኽሪ ዑቕባ", "ብዛዕባ መስርሕ ዑቕባ፡ ቃለ መሕትትን ውሳነታትን ናጻ ምኽሪ።"),
        "kmr": (
            "Şêwirdariya penaberiyê",
            "Şêwirdariya serbixwe li ser prosedûra penaberiyê, hevpeyvîn û biryaran.",
        ),
    },
    "migrationsberatung": {
        "uk": (
            "Консультації з питань міграції",
            "Консультації щодо дозволу на проживання, возз'єднання сім'ї, соціальних виплат і повсякденного життя.",
        ),
        "ru": (
            "Консультации по вопросам миграции",
            "Консультации о виде на жительство, воссоединении семьи, социальных пособиях и повседневной жизни.",
        ),
        "fa": (
            "مشاوره مهاجرت",
            "مشاوره درباره اقامت، پیوستن خانواده، کمک‌های اجتماعی و زندگی روزمره.",
        ),
        "tr": (
            "Göç danışmanlığı",
            "Oturum, aile birleşimi, sosyal yardımlar ve günlük yaşam hakkında danışmanlık.",
        ),
        "fr": (
            "Conseil en migration",
            "Conseil sur le séjour, le regroupement familial, les prestations sociales et la vie quotidienne.",
        ),
        "ps": (
            "د مهاجرت مشوره",
            "د استوګنې، د کورنۍ یوځای کېدو، ټولنیزو مرستو او ورځني ژوند په اړه مشوره.",
        ),
        "ti": ("ምኽሪ ስደት", "ብዛዕባ ፍቓድ መንበሪ፡ ምጥርናፍ ስድራቤት፡ ማሕበራዊ ሓገዛትን መዓልታዊ ናብራን ምኽሪ።"),
        "kmr": (
            "Şêwirdariya koçberiyê",
            "Şêwirdarî li ser rûniştinê, gihandina malbatê, alîkariyên civakî û jiyana rojane.",
        ),
    },
    "schuldnerberatung": {
        "uk": (
            "Консультації щодо боргів",
            "Допомога з боргами, нагадуваннями про оплату, договорами та управлінням грошима.",
        ),
        "ru": (
            "Консультации по долгам",
            "Помощь с долгами, напоминаниями об оплате, договорами и управлением деньгами.",
        ),
        "fa": ("مشاوره بدهی", "کمک در بدهی‌ها، اخطارهای پرداخت، قراردادها و مدیریت پول."),
        "tr": (
            "Borç danışmanlığı",
            "Borçlar, ödeme ihtarları, sözleşmeler ve para yönetimi konusunda yardım.",
        ),
        "fr": (
            "Conseil en surendettement",
            "Aide pour les dettes, les rappels de paiement, les contrats et la gestion de l'argent.",
        ),
        "ps": ("د پورونو مشوره", "د پورونو، د تادیې یادونو، تړونونو او د پیسو د اداره کولو مرسته."),
        "ti": ("ምኽሪ ዕዳ", "ሓገዝ ኣብ ዕዳ፡ መዘኻኸሪ ክፍሊት፡ ውዕላትን ኣመሓድራ ገንዘብን።"),
        "kmr": (
            "Şêwirdariya deynan",
            "Alîkarî ji bo deyn, bîranînên dayînê, peyman û birêvebirina pereyan.",
        ),
    },
    "familienberatung": {
        "uk": (
            "Сімейні консультації",
            "Консультації для батьків, пар і сімей, зокрема в конфліктах і кризах.",
        ),
        "ru": (
            "Семейные консультации",
            "Консультации для родителей, пар и семей, в том числе при конфликтах и кризисах.",
        ),
        "fa": (
            "مشاوره خانواده",
            "مشاوره برای والدین، زوج‌ها و خانواده‌ها، همچنین در اختلاف‌ها و بحران‌ها.",
        ),
        "tr": (
            "Aile danışmanlığı",
            "Ebeveynler, çiftler ve aileler için danışmanlık, çatışma ve kriz durumlarında da.",
        ),
        "fr": (
            "Conseil familial",
            "Conseil pour les parents, les couples et les familles, aussi en cas de conflit ou de crise.",
        ),
        "ps": (
            "د کورنۍ مشوره",
            "د مور و پلار، جوړو او کورنیو لپاره مشوره، په شخړو او بحرانونو کې هم.",
        ),
        "ti": ("ምኽሪ ስድራቤት", "ንወለዲ፡ ጽምዲ ሰብ ሓዳርን ስድራቤታትን ምኽሪ፡ ኣብ ግርጭትን ቅልውላውን እውን።"),
        "kmr": (
            "Şêwirdariya malbatê",
            "Şêwirdarî ji bo dêûbav, hevjîn û malbatan, di nakokî û krîzan de jî.",
        ),
    },
    "gesundheit": {
        "uk": ("Здоров'я", "Лікарі, психосоціальна підтримка, вагітність і щеплення."),
        "ru": ("Здоровье", "Врачи, психосоциальная поддержка, беременность и прививки."),
        "fa": ("سلامت", "پزشکان، حمایت روانی-اجتماعی، بارداری و واکسیناسیون."),
        "tr": ("Sağlık", "Doktorlar, psikososyal destek, hamilelik ve aşılar."),
        "fr": ("Santé", "Médecins, soutien psychosocial, grossesse et vaccinations."),
        "ps": ("روغتیا", "ډاکټران، رواني-ټولنیز ملاتړ، امیندواري او واکسینونه."),
        "ti": ("ጥዕና", "ሓካይም፡ ስነ-ኣእምሮኣዊ ማሕበራዊ ደገፍ፡ ጥንሲን ክታበትን።"),
        "kmr": ("Tenduristî", "Bijîşk, piştgiriya derûnî-civakî, ducanî û derzî."),
    },
    "wohnen": {
        "uk": (
            "Житло",
            "Допомога в пошуку квартири, з питаннями оренди та довідкою на соціальне житло.",
        ),
        "ru": (
            "Жильё",
            "Помощь в поиске квартиры, с вопросами аренды и справкой на социальное жильё.",
        ),
        "fa": ("مسکن", "کمک در پیدا کردن خانه، سؤال‌های اجاره و گواهی حق مسکن اجتماعی."),
        "tr": ("Konut", "Ev bulma, kira soruları ve sosyal konut hak belgesi konusunda yardım."),
        "fr": (
            "Logement",
            "Aide pour trouver un logement, pour les questions de bail et le certificat de logement social.",
        ),
        "ps": ("استوګنځی", "د کور موندلو، د کرایې پوښتنو او د ټولنیز کور د حق د سند مرسته."),
        "ti": ("መንበሪ ገዛ", "ሓገዝ ኣብ ምርካብ ገዛ፡ ሕቶታት ክራይን ምስክር ወረቐት መሰል ማሕበራዊ ገዛን።"),
        "kmr": ("Xanî", "Alîkarî ji bo dîtina xaniyekî, pirsên kirê û belgeya mafê xaniyê civakî."),
    },
    "behoerden": {
        "uk": (
            "Установи",
            "Відомство у справах іноземців, бюро громадян, соціальне відомство і Jobcenter: хто за що відповідає.",
        ),
        "ru": (
            "Ведомства",
            "Ведомство по делам иностранцев, бюро граждан, социальное ведомство и Jobcenter: кто за что отвечает.",
        ),
        "fa": (
            "ادارات",
            "اداره اتباع خارجی، دفتر شهروندان، اداره امور اجتماعی و جاب‌سنتر: کدام اداره مسئول چیست.",
        ),
        "tr": (
            "Resmi daireler",
            "Yabancılar dairesi, vatandaşlık bürosu, sosyal yardım dairesi ve Jobcenter: hangisi neden sorumlu.",
        ),
        "fr": (
            "Administrations",
            "Service des étrangers, bureau des citoyens, aide sociale et Jobcenter : qui est responsable de quoi.",
        ),
        "ps": (
            "ادارې",
            "د بهرنیانو اداره، د اتباعو دفتر، د ټولنیزو چارو اداره او جاب سنټر: څوک د څه مسؤل دی.",
        ),
        "ti": (
            "ቤት ጽሕፈታት",
            "ቤት ጽሕፈት ወጻእተኛታት፡ ቤት ጽሕፈት ዜጋታት፡ ቤት ጽሕፈት ማሕበራዊ ሓገዝን Jobcenterን፡ መን ንምንታይ ሓላፍነት ኣለዎ።",
        ),
        "kmr": (
            "Dezgeh",
            "Dezgeha biyaniyan, buroya welatiyan, dezgeha alîkariya civakî û Jobcenter: kî ji çi berpirsiyar e.",
        ),
    },
    "freizeit-und-sport": {
        "uk": ("Дозвілля та спорт", "Спортивні клуби, кафе зустрічей, культура та волонтерство."),
        "ru": ("Досуг и спорт", "Спортивные клубы, кафе встреч, культура и волонтёрство."),
        "fa": ("اوقات فراغت و ورزش", "باشگاه‌های ورزشی، کافه‌های دیدار، فرهنگ و کار داوطلبانه."),
        "tr": ("Boş zaman ve spor", "Spor kulüpleri, buluşma kafeleri, kültür ve gönüllülük."),
        "fr": ("Loisirs et sport", "Clubs de sport, cafés de rencontre, culture et bénévolat."),
        "ps": ("تفریح او سپورت", "سپورټي کلبونه، د لیدو کتو کافې، کلتور او رضاکار کار."),
        "ti": ("ናጻ ግዜን ስፖርትን", "ክለባት ስፖርት፡ ካፌታት ርክብ፡ ባህልን ወለንታዊ ስራሕን።"),
        "kmr": ("Dema vala û werzîş", "Klûbên werzîşê, kafeyên hevdîtinê, çand û xebata dilxwazî."),
    },
    "frauen": {
        "uk": (
            "Для жінок",
            "Жіночі кафе, курси з доглядом за дітьми, консультації та захист від насильства.",
        ),
        "ru": (
            "Для женщин",
            "Женские кафе, курсы с присмотром за детьми, консультации и защита от насилия.",
        ),
        "fa": (
            "برای زنان",
            "کافه‌های زنان، کلاس‌ها با نگهداری از کودک، مشاوره و محافظت در برابر خشونت.",
        ),
        "tr": (
            "Kadınlar için",
            "Kadın kafeleri, çocuk bakımlı kurslar, danışmanlık ve şiddete karşı koruma.",
        ),
        "fr": (
            "Pour les femmes",
            "Cafés de femmes, cours avec garde d'enfants, conseil et protection contre la violence.",
        ),
        "ps": (
            "د ښځو لپاره",
            "د ښځو کافې، د ماشوم ساتنې سره کورسونه، مشوره او د تاوتریخوالي پر وړاندې ساتنه.",
        ),
        "ti": ("ንደቀንስትዮ", "ካፌታት ደቀንስትዮ፡ ምስ ክንክን ቆልዑ ዘለዉ ኮርሳት፡ ምኽሪን ካብ ዓመጽ ሓለዋን።"),
        "kmr": (
            "Ji bo jinan",
            "Kafeyên jinan, kursên bi lênêrîna zarokan, şêwirdarî û parastina ji tundiyê.",
        ),
    },
    "jugend": {
        "uk": (
            "Для молоді",
            "Молодіжна міграційна служба, молодіжні центри та допомога в переході від школи до роботи.",
        ),
        "ru": (
            "Для молодёжи",
            "Молодёжная миграционная служба, молодёжные центры и помощь при переходе от школы к работе.",
        ),
        "fa": ("برای جوانان", "خدمات مهاجرت جوانان، مراکز جوانان و کمک در گذر از مدرسه به کار."),
        "tr": (
            "Gençler için",
            "Gençlik göç servisi, gençlik merkezleri ve okuldan işe geçişte yardım.",
        ),
        "fr": (
            "Pour les jeunes",
            "Service jeunesse pour migrants, maisons de jeunes et aide pour passer de l'école au travail.",
        ),
        "ps": (
            "د ځوانانو لپاره",
            "د ځوانانو د مهاجرت خدمت، د ځوانانو مرکزونه او له ښوونځي څخه کار ته د تګ مرسته.",
        ),
        "ti": ("ንመንእሰያት", "ኣገልግሎት ስደት መንእሰያት፡ ማእከላት መንእሰያትን ካብ ቤት ትምህርቲ ናብ ስራሕ ንምስግጋር ሓገዝን።"),
        "kmr": (
            "Ji bo ciwanan",
            "Servîsa koçberiyê ya ciwanan, navendên ciwanan û alîkariya derbasbûna ji dibistanê ber bi kar.",
        ),
    },
    "arbeitssuche": {
        "uk": (
            "Пошук роботи",
            "Допомога із заявками, ярмарки вакансій, консультації Jobcenter та агентства зайнятості.",
        ),
        "ru": (
            "Поиск работы",
            "Помощь с заявлениями, ярмарки вакансий, консультации Jobcenter и агентства по труду.",
        ),
        "fa": ("کاریابی", "کمک در درخواست کار، نمایشگاه‌های کار، مشاوره جاب‌سنتر و اداره کار."),
        "tr": (
            "İş arama",
            "Başvurularda yardım, iş fuarları, Jobcenter ve iş ajansından danışmanlık.",
        ),
        "fr": (
            "Recherche d'emploi",
            "Aide aux candidatures, salons de l'emploi, conseil du Jobcenter et de l'agence pour l'emploi.",
        ),
        "ps": (
            "د کار لټون",
            "د غوښتنلیکونو مرسته، د کار نندارتونونه، د جاب سنټر او د کار ادارې مشوره.",
        ),
        "ti": ("ስራሕ ምንዳይ", "ሓገዝ ኣብ ምሕታት ስራሕ፡ ባዛራት ስራሕ፡ ምኽሪ Jobcenterን ኤጀንሲ ስራሕን።"),
        "kmr": (
            "Lêgerîna kar",
            "Alîkariya serlêdanan, pêşangehên kar, şêwirdariya Jobcenter û ajansa kar.",
        ),
    },
    "ausbildung": {
        "uk": (
            "Професійне навчання",
            "Професійне навчання (Ausbildung), вступна кваліфікація, практика та підвищення кваліфікації.",
        ),
        "ru": (
            "Профессиональное обучение",
            "Профессиональное обучение (Ausbildung), вводная квалификация, практика и повышение квалификации.",
        ),
        "fa": ("آموزش حرفه‌ای", "آموزش حرفه‌ای (آوسبیلدونگ)، دوره مقدماتی، کارآموزی و آموزش تکمیلی."),
        "tr": (
            "Meslek eğitimi",
            "Meslek eğitimi (Ausbildung), giriş niteliği, staj ve ileri eğitim.",
        ),
        "fr": (
            "Formation professionnelle",
            "Apprentissage (Ausbildung), qualification d'entrée, stages et formation continue.",
        ),
        "ps": (
            "مسلکي روزنه",
            "مسلکي روزنه (آوسبیلډونګ)، لومړنۍ وړتیا، عملي زده کړه او نوره روزنه.",
        ),
        "ti": ("ሞያዊ ስልጠና", "ሞያዊ ስልጠና (Ausbildung)፡ መእተዊ ብቕዓት፡ ልምምድ ስራሕን ተወሳኺ ስልጠናን።"),
        "kmr": (
            "Perwerdehiya pîşeyî",
            "Perwerdehiya pîşeyî (Ausbildung), kalîfîkasyona destpêkê, staj û perwerdehiya pêşketî.",
        ),
    },
    "anerkennung": {
        "uk": (
            "Визнання кваліфікацій",
            "Консультації щодо визнання шкільних, професійних і університетських дипломів з-за кордону.",
        ),
        "ru": (
            "Признание квалификаций",
            "Консультации о признании школьных, профессиональных и вузовских дипломов из-за рубежа.",
        ),
        "fa": (
            "به رسمیت شناختن مدارک",
            "مشاوره درباره به رسمیت شناختن مدارک مدرسه، حرفه‌ای و دانشگاهی از خارج.",
        ),
        "tr": (
            "Diplomaların tanınması",
            "Yurt dışından okul, meslek ve üniversite diplomalarının tanınması hakkında danışmanlık.",
        ),
        "fr": (
            "Reconnaissance des diplômes",
            "Conseil sur la reconnaissance des diplômes scolaires, professionnels et universitaires étrangers.",
        ),
        "ps": (
            "د سندونو منل",
            "له بهر څخه د ښوونځي، مسلکي او پوهنتون د سندونو د منلو په اړه مشوره.",
        ),
        "ti": ("ኣፍልጦ ምስክር ወረቐታት", "ብዛዕባ ኣፍልጦ ካብ ወጻኢ ዝመጹ ናይ ቤት ትምህርቲ፡ ሞያን ዩኒቨርሲትን ምስክር ወረቐታት ምኽሪ።"),
        "kmr": (
            "Naskirina dîplomayan",
            "Şêwirdarî li ser naskirina dîplomayên dibistan, pîşe û zanîngehê yên ji derveyî welat.",
        ),
    },
}

TARGET_GROUPS = {
    "alle": {
        "uk": "Усі",
        "ru": "Все",
        "fa": "همه",
        "tr": "Herkes",
        "fr": "Tout le monde",
        "ps": "ټول",
        "ti": "ኩሉ ሰብ",
        "kmr": "Hemû kes",
    },
    "frauen": {
        "uk": "Жінки",
        "ru": "Женщины",
        "fa": "زنان",
        "tr": "Kadınlar",
        "fr": "Femmes",
        "ps": "ښځې",
        "ti": "ደቀንስትዮ",
        "kmr": "Jin",
    },
    "familien": {
        "uk": "Сім'ї",
        "ru": "Семьи",
        "fa": "خانواده‌ها",
        "tr": "Aileler",
        "fr": "Familles",
        "ps": "کورنۍ",
        "ti": "ስድራቤታት",
        "kmr": "Malbat",
    },
    "kinder": {
        "uk": "Діти",
        "ru": "Дети",
        "fa": "کودکان",
        "tr": "Çocuklar",
        "fr": "Enfants",
        "ps": "ماشومان",
        "ti": "ቆልዑ",
        "kmr": "Zarok",
    },
    "jugendliche": {
        "uk": "Підлітки",
        "ru": "Подростки",
        "fa": "نوجوانان",
        "tr": "Gençler",
        "fr": "Adolescents",
        "ps": "تنکي ځوانان",
        "ti": "መንእሰያት",
        "kmr": "Xortên ciwan",
    },
    "junge-erwachsene": {
        "uk": "Молоді дорослі",
        "ru": "Молодые взрослые",
        "fa": "جوانان",
        "tr": "Genç yetişkinler",
        "fr": "Jeunes adultes",
        "ps": "ځوانان",
        "ti": "ንኣሽቱ ዓበይቲ",
        "kmr": "Mezinên ciwan",
    },
    "senioren": {
        "uk": "Люди похилого віку",
        "ru": "Пожилые люди",
        "fa": "سالمندان",
        "tr": "Yaşlılar",
        "fr": "Personnes âgées",
        "ps": "زاړه خلک",
        "ti": "ኣረጋውያን",
        "kmr": "Kal û pîr",
    },
    "menschen-mit-behinderung": {
        "uk": "Люди з інвалідністю",
        "ru": "Люди с инвалидностью",
        "fa": "افراد دارای معلولیت",
        "tr": "Engelli kişiler",
        "fr": "Personnes handicapées",
        "ps": "معلول خلک",
        "ti": "ሰባት ምስ ስንክልና",
        "kmr": "Mirovên bi astengî",
    },
    "asylsuchende": {
        "uk": "Шукачі притулку",
        "ru": "Лица, ищущие убежища",
        "fa": "پناهجویان",
        "tr": "Sığınmacılar",
        "fr": "Demandeurs d'asile",
        "ps": "پناه غوښتونکي",
        "ti": "ሓተትቲ ዑቕባ",
        "kmr": "Penaxwaz",
    },
    "lsbtiq": {
        "uk": "ЛГБТІК*",
        "ru": "ЛГБТИК*",
        "fa": "ال‌جی‌بی‌تی‌آی‌کیو*",
        "tr": "LGBTİQ*",
        "fr": "LGBTIQ*",
        "ps": "LGBTIQ*",
        "ti": "LGBTIQ*",
        "kmr": "LGBTIQ*",
    },
}

# Spoken-language names CLDR lacks or names differently from what speakers expect.
NAME_OVERRIDES = {
    "fa-AF": {"fa": "دری", "ps": "دري"},
    "ku": {
        "kmr": "Kurdî (Kurmancî)",
        "tr": "Kürtçe (Kurmanci)",
        "uk": "Курдська (курманджі)",
        "ru": "Курдский (курманджи)",
        "fa": "کردی (کرمانجی)",
        "fr": "Kurde (kurmandji)",
    },
    "gsg": {
        "uk": "Німецька жестова мова",
        "ru": "Немецкий жестовый язык",
        "fa": "زبان اشاره آلمانی",
        "tr": "Alman İşaret Dili",
        "fr": "Langue des signes allemande",
        "ps": "د الماني اشارو ژبه",
        "ti": "ቋንቋ ምልክት ጀርመን",
        "kmr": "Zimanê îşaretan ê almanî",
    },
}
