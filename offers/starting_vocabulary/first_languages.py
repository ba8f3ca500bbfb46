"""The starting vocabulary in German, English and Arabic: the three areas and their
subcategories (slug, icon, colour, names, descriptions), the target groups, and the
languages most often spoken at offers for newcomers in Germany (names from CLDR unless
listed in NAME_OVERRIDES)."""

LANGS = ("de", "en", "ar")

AREAS = [
    # slug, icon, colour, (de, en, ar), (description de, en, ar)
    (
        "leben",
        "living",
        "#1d6b40",
        ("Leben", "Living", "الحياة اليومية"),
        (
            "Beratung, Gesundheit, Wohnen, Behörden, Freizeit und Angebote für Familien, "
            "Frauen und Jugendliche.",
            "Counselling, health, housing, public offices, leisure and offers for families, "
            "women and young people.",
            "الاستشارات والصحة والسكن والدوائر الحكومية والترفيه، وعروض للعائلات والنساء والشباب.",
        ),
    ),
    (
        "lernen",
        "learning",
        "#1f5c94",
        ("Lernen", "Learning", "التعلّم"),
        (
            "Deutsch- und Integrationskurse, Kinderbetreuung und Schule.",
            "German and integration courses, childcare and school.",
            "دورات اللغة الألمانية والاندماج، ورعاية الأطفال والمدرسة.",
        ),
    ),
    (
        "arbeiten",
        "working",
        "#8a4510",
        ("Arbeiten", "Working", "العمل"),
        (
            "Arbeitssuche, Ausbildung und die Anerkennung ausländischer Abschlüsse.",
            "Finding work, vocational training and the recognition of foreign qualifications.",
            "البحث عن عمل والتدريب المهني والاعتراف بالشهادات الأجنبية.",
        ),
    ),
]

SUBCATEGORIES = [
    # slug, area, icon, (de, en, ar), (description de, en, ar)
    (
        "sprachkurse",
        "lernen",
        "language",
        (
            "Sprach- und Integrationskurse",
            "Language and integration courses",
            "دورات اللغة والاندماج",
        ),
        (
            "Deutschkurse für jedes Niveau, Integrationskurse, Alphabetisierung und Sprachcafés.",
            "German courses for every level, integration courses, literacy courses and language "
            "cafés.",
            "دورات اللغة الألمانية لكل المستويات، ودورات الاندماج، ودورات محو الأمية، ومقاهي اللغة.",
        ),
    ),
    (
        "kinderbetreuung",
        "lernen",
        "child",
        ("Kinderbetreuung", "Childcare", "رعاية الأطفال"),
        (
            "Kitas, Tagespflege, Spielgruppen und Eltern-Kind-Angebote.",
            "Day-care centres, childminders, play groups and parent-and-child groups.",
            "دور الحضانة، والرعاية النهارية، ومجموعات اللعب، وأنشطة الآباء والأطفال.",
        ),
    ),
    (
        "schule",
        "lernen",
        "school",
        (
            "Schule und Hausaufgabenhilfe",
            "School and homework help",
            "المدرسة والمساعدة في الواجبات",
        ),
        (
            "Schulanmeldung, Seiteneinstieg, Hausaufgabenhilfe und Nachhilfe.",
            "School registration, joining school at a later age, homework help and tutoring.",
            "التسجيل في المدرسة، والالتحاق بها في سن متأخرة، والمساعدة في الواجبات والدروس الإضافية.",
        ),
    ),
    (
        "asylberatung",
        "leben",
        "asylum",
        ("Asylberatung", "Asylum counselling", "الاستشارة في شؤون اللجوء"),
        (
            "Unabhängige Beratung zum Asylverfahren, zur Anhörung und zu Bescheiden.",
            "Independent advice on the asylum procedure, the interview and decisions.",
            "استشارة مستقلة حول إجراءات اللجوء والمقابلة والقرارات.",
        ),
    ),
    (
        "migrationsberatung",
        "leben",
        "counselling",
        ("Migrationsberatung", "Migration counselling", "استشارة الهجرة"),
        (
            "Beratung zu Aufenthalt, Familiennachzug, Sozialleistungen und Alltag.",
            "Advice on residence, family reunification, social benefits and everyday life.",
            "استشارة حول الإقامة ولمّ شمل الأسرة والمساعدات الاجتماعية والحياة اليومية.",
        ),
    ),
    (
        "schuldnerberatung",
        "leben",
        "money",
        ("Schuldnerberatung", "Debt counselling", "استشارة الديون"),
        (
            "Hilfe bei Schulden, Mahnungen, Verträgen und dem Umgang mit Geld.",
            "Help with debts, payment reminders, contracts and managing money.",
            "المساعدة في الديون وإنذارات الدفع والعقود وإدارة المال.",
        ),
    ),
    (
        "familienberatung",
        "leben",
        "family",
        ("Familienberatung", "Family counselling", "الاستشارة الأسرية"),
        (
            "Beratung für Eltern, Paare und Familien, auch bei Konflikten und in Krisen.",
            "Advice for parents, couples and families, also in conflicts and crises.",
            "استشارة للآباء والأمهات والأزواج والعائلات، وكذلك عند النزاعات والأزمات.",
        ),
    ),
    (
        "gesundheit",
        "leben",
        "health",
        ("Gesundheit", "Health", "الصحة"),
        (
            "Ärztinnen und Ärzte, psychosoziale Beratung, Schwangerschaft und Impfungen.",
            "Doctors, psychosocial support, pregnancy and vaccinations.",
            "الأطباء والطبيبات، والدعم النفسي والاجتماعي، والحمل، والتطعيمات.",
        ),
    ),
    (
        "wohnen",
        "leben",
        "housing",
        ("Wohnen", "Housing", "السكن"),
        (
            "Hilfe bei der Wohnungssuche, bei Mietfragen und beim Wohnberechtigungsschein.",
            "Help with finding a flat, with tenancy questions and the housing entitlement "
            "certificate.",
            "المساعدة في البحث عن مسكن، وفي أسئلة الإيجار، وفي الحصول على شهادة استحقاق السكن.",
        ),
    ),
    (
        "behoerden",
        "leben",
        "authority",
        ("Ämter und Behörden", "Public offices", "الدوائر الحكومية"),
        (
            "Ausländerbehörde, Bürgerbüro, Sozialamt und Jobcenter: wer wofür zuständig ist.",
            "Immigration office, citizens' office, social welfare office and Jobcenter: who is "
            "responsible for what.",
            "دائرة الأجانب ومكتب المواطنين ومكتب الشؤون الاجتماعية والجوب سنتر: من المسؤول عن ماذا.",
        ),
    ),
    (
        "freizeit-und-sport",
        "leben",
        "leisure",
        ("Freizeit und Sport", "Leisure and sports", "الترفيه والرياضة"),
        (
            "Sportvereine, Begegnungscafés, Kultur und Ehrenamt.",
            "Sports clubs, meeting cafés, culture and volunteering.",
            "النوادي الرياضية، ومقاهي اللقاء، والثقافة، والعمل التطوعي.",
        ),
    ),
    (
        "frauen",
        "leben",
        "women",
        ("Angebote für Frauen", "For women", "عروض للنساء"),
        (
            "Frauencafés, Kurse mit Kinderbetreuung, Beratung und Schutz bei Gewalt.",
            "Women's cafés, courses with childcare, counselling and protection from violence.",
            "مقاهي النساء، ودورات مع رعاية الأطفال، والاستشارة والحماية من العنف.",
        ),
    ),
    (
        "jugend",
        "leben",
        "youth",
        ("Angebote für Jugendliche", "For young people", "عروض للشباب"),
        (
            "Jugendmigrationsdienst, Jugendzentren und Hilfe beim Übergang von der Schule in den "
            "Beruf.",
            "Youth migration service, youth centres and help moving from school to work.",
            "خدمة هجرة الشباب، ومراكز الشباب، والمساعدة في الانتقال من المدرسة إلى الحياة المهنية.",
        ),
    ),
    (
        "arbeitssuche",
        "arbeiten",
        "job",
        ("Arbeitssuche", "Job search", "البحث عن عمل"),
        (
            "Bewerbungshilfe, Jobbörsen, Beratung durch Jobcenter und Agentur für Arbeit.",
            "Help with applications, job fairs, advice from the Jobcenter and the employment "
            "agency.",
            "المساعدة في طلبات العمل، ومعارض التوظيف، والاستشارة من الجوب سنتر ووكالة العمل.",
        ),
    ),
    (
        "ausbildung",
        "arbeiten",
        "training",
        ("Ausbildung und Qualifizierung", "Vocational training", "التدريب المهني والتأهيل"),
        (
            "Ausbildungsplätze, Einstiegsqualifizierung, Praktika und Weiterbildung.",
            "Apprenticeships, entry-level qualification, internships and further training.",
            "أماكن التدريب المهني، والتأهيل التمهيدي، والتدريب العملي، والتعليم المستمر.",
        ),
    ),
    (
        "anerkennung",
        "arbeiten",
        "certificate",
        ("Anerkennung von Abschlüssen", "Recognition of qualifications", "الاعتراف بالشهادات"),
        (
            "Beratung zur Anerkennung ausländischer Schul-, Berufs- und Hochschulabschlüsse.",
            "Advice on the recognition of school, vocational and university qualifications from "
            "abroad.",
            "استشارة حول الاعتراف بالشهادات المدرسية والمهنية والجامعية الأجنبية.",
        ),
    ),
]

TARGET_GROUPS = [
    ("alle", ("Alle", "Everyone", "الجميع")),
    ("frauen", ("Frauen", "Women", "النساء")),
    ("familien", ("Familien", "Families", "العائلات")),
    ("kinder", ("Kinder", "Children", "الأطفال")),
    ("jugendliche", ("Jugendliche", "Teenagers", "اليافعون")),
    ("junge-erwachsene", ("Junge Erwachsene", "Young adults", "الشباب البالغون")),
    ("senioren", ("Seniorinnen und Senioren", "Older people", "كبار السن")),
    (
        "menschen-mit-behinderung",
        ("Menschen mit Behinderung", "People with disabilities", "الأشخاص ذوو الإعاقة"),
    ),
    ("asylsuchende", ("Asylsuchende", "Asylum seekers", "طالبو اللجوء")),
    ("lsbtiq", ("LSBTIQ*", "LGBTIQ*", "مجتمع الميم (LGBTIQ*)")),
]

# Languages most often spoken at offers for newcomers; names come from CLDR unless given here.
SPOKEN_LANGUAGES = [
    "de",
    "en",
    "ar",
    "uk",
    "ru",
    "fa",
    "fa-AF",
    "ps",
    "ku",
    "ckb",
    "tr",
    "ti",
    "am",
    "so",
    "fr",
    "es",
    "it",
    "pt",
    "pl",
    "ro",
    "bg",
    "sq",
    "sr",
    "bs",
    "hr",
    "mk",
    "el",
    "ka",
    "hy",
    "az",
    "ur",
    "hi",
    "bn",
    "ta",
    "zh",
    "vi",
    "ha",
    "yo",
    "ig",
    "gsg",
]
NAME_OVERRIDES = {
    "fa-AF": {"native": "دری"},
    "ku": {
        "de": "Kurdisch (Kurmandschi)",
        "en": "Kurdish (Kurmanji)",
        "ar": "الكردية (الكرمانجية)",
        "native": "Kurdî (Kurmancî)",
    },
    "gsg": {
        "de": "Deutsche Gebärdensprache",
        "en": "German Sign Language",
        "ar": "لغة الإشارة الألمانية",
        "native": "Deutsche Gebärdensprache (DGS)",
    },
}
