"""Kinds of provider in the demo district. Names and descriptions in German, English, Arabic.

{town} is the town in the sentence's language, {town_de} always the German name (for names
that stay German, such as sports clubs), {name} a variant from `names`.
"""

from dataclasses import dataclass

from .text import T


@dataclass(frozen=True)
class ProviderKind:
    key: str
    name: T
    description: T
    place: T  # what the building is called, as a location name
    email: str  # local part of the e-mail address
    per_town: int = 1  # how many in each town it is present in
    towns: tuple[str, ...] | None = None  # None: every town; else only these
    names: tuple[T, ...] = ()  # variants for {name}


KINDS = (
    ProviderKind(
        "vhs",
        T(
            "Volkshochschule {town_de}",
            "{town} Adult Education Centre (Volkshochschule)",
            "الجامعة الشعبية في {town} (Volkshochschule)",
        ),
        T(
            "Die Volkshochschule bietet Sprach-, Integrations- und Berufskurse für Erwachsene.",
            "The adult education centre offers language, integration and vocational courses for "
            "adults.",
            "تقدم الجامعة الشعبية دورات لغة واندماج ودورات مهنية للبالغين.",
        ),
        T("VHS-Haus", "Adult education building", "مبنى الجامعة الشعبية"),
        "kurse",
        towns=(
            "Bergheim",
            "Brühl",
            "Erftstadt",
            "Frechen",
            "Hürth",
            "Kerpen",
            "Pulheim",
            "Wesseling",
        ),
    ),
    ProviderKind(
        "sprachschule",
        T(
            "Sprachschule {name} {town_de}",
            "{name} Language School {town}",
            "مدرسة {name} للغات في {town}",
        ),
        T(
            "Eine zugelassene Sprachschule für Integrations- und Berufssprachkurse.",
            "An approved language school for integration and job-related language courses.",
            "مدرسة لغات معتمدة لدورات الاندماج ودورات اللغة المهنية.",
        ),
        T("Sprachschule", "Language school", "مدرسة اللغات"),
        "info",
        towns=("Bergheim", "Hürth", "Kerpen", "Frechen", "Brühl"),
        names=(
            T("Lingua", "Lingua", "لينغوا"),
            T("Dialog", "Dialog", "ديالوغ"),
            T("Wortschatz", "Wortschatz", "فورتشاتس"),
        ),
    ),
    ProviderKind(
        "awo",
        T(
            "AWO Integrationsagentur {town_de}",
            "AWO Integration Agency {town}",
            "وكالة الاندماج التابعة لجمعية AWO في {town}",
        ),
        T(
            "Die Arbeiterwohlfahrt berät Zugewanderte und fördert das Zusammenleben im Stadtteil.",
            "The workers' welfare association AWO advises immigrants and supports living "
            "together in the neighbourhood.",
            "تقدم جمعية رعاية العمال (AWO) الاستشارة للمهاجرين وتدعم التعايش في الأحياء.",
        ),
        T("AWO-Begegnungszentrum", "AWO community centre", "مركز اللقاء التابع لجمعية AWO"),
        "integration",
    ),
    ProviderKind(
        "caritas",
        T(
            "Caritas-Fachdienst für Integration und Migration {town_de}",
            "Caritas Integration and Migration Service {town}",
            "خدمة كاريتاس للاندماج والهجرة في {town}",
        ),
        T(
            "Der katholische Wohlfahrtsverband berät Menschen aller Religionen und Herkunft.",
            "The Catholic welfare association advises people of every religion and origin.",
            "تقدم منظمة الرعاية الكاثوليكية كاريتاس الاستشارة للناس من جميع الأديان والأصول.",
        ),
        T("Caritas-Beratungsstelle", "Caritas advice centre", "مركز استشارات كاريتاس"),
        "migration",
    ),
    ProviderKind(
        "diakonie",
        T(
            "Diakonie Migrationsdienst {town_de}",
            "Diakonie Migration Service {town}",
            "خدمة الهجرة التابعة لدياكوني في {town}",
        ),
        T(
            "Die Diakonie ist der soziale Dienst der evangelischen Kirche und berät Menschen "
            "jeder Religion.",
            "Diakonie is the social service of the Protestant church and advises people of any "
            "religion.",
            "دياكوني هي الخدمة الاجتماعية للكنيسة الإنجيلية، وتقدم الاستشارة للناس من كل الأديان.",
        ),
        T("Haus der Diakonie", "Diakonie house", "دار دياكوني"),
        "beratung",
        towns=("Bergheim", "Brühl", "Erftstadt", "Frechen", "Hürth", "Kerpen", "Pulheim"),
    ),
    ProviderKind(
        "drk",
        T(
            "DRK-Familienzentrum {town_de}",
            "Red Cross Family Centre {town}",
            "مركز العائلة التابع للصليب الأحمر الألماني في {town}",
        ),
        T(
            "Das Deutsche Rote Kreuz bietet Familien Beratung, Betreuung und Begegnung.",
            "The German Red Cross offers families advice, childcare and a place to meet.",
            "يقدم الصليب الأحمر الألماني للعائلات الاستشارة والرعاية وأماكن للقاء.",
        ),
        T("DRK-Familienzentrum", "Red Cross family centre", "مركز العائلة للصليب الأحمر"),
        "familienzentrum",
        towns=("Bedburg", "Bergheim", "Elsdorf", "Erftstadt", "Kerpen", "Pulheim", "Wesseling"),
    ),
    ProviderKind(
        "fluechtlingshilfe",
        T(
            "Flüchtlingshilfe {town_de} e. V.",
            "{town} Refugee Aid (registered association)",
            "جمعية مساعدة اللاجئين في {town}",
        ),
        T(
            "Ehrenamtliche aus {town} unterstützen Geflüchtete im Alltag.",
            "Volunteers from {town} support refugees in everyday life.",
            "يدعم متطوعون من {town} اللاجئين في حياتهم اليومية.",
        ),
        T("Begegnungsraum", "Meeting room", "قاعة اللقاء"),
        "kontakt",
    ),
    ProviderKind(
        "bibliothek",
        T("Stadtbibliothek {town_de}", "{town} Public Library", "المكتبة العامة في {town}"),
        T(
            "Bücher, Filme und Sprachlernmaterial in vielen Sprachen; der Ausweis ist für "
            "Geflüchtete kostenlos.",
            "Books, films and language learning material in many languages; the library card is "
            "free for refugees.",
            "كتب وأفلام ومواد لتعلّم اللغات بلغات عديدة، وبطاقة المكتبة مجانية للاجئين.",
        ),
        T("Stadtbibliothek", "Public library", "المكتبة العامة"),
        "bibliothek",
        towns=("Bergheim", "Brühl", "Erftstadt", "Frechen", "Hürth", "Kerpen", "Pulheim"),
    ),
    ProviderKind(
        "kulturverein",
        T("{name} {town_de} e. V.", "{name} {town}", "{name} في {town}"),
        T(
            "Ein Verein von Zugewanderten für Zugewanderte: Begegnung, Hilfe und Kultur.",
            "An association run by immigrants for immigrants: meeting, help and culture.",
            "جمعية يديرها مهاجرون من أجل المهاجرين: لقاءات ومساعدة وثقافة.",
        ),
        T("Vereinsheim", "Association rooms", "مقر الجمعية"),
        "verein",
        towns=("Bergheim", "Brühl", "Frechen", "Hürth", "Kerpen", "Wesseling"),
        names=(
            T(
                "Deutsch-Arabischer Kulturverein",
                "German-Arab Cultural Association",
                "الجمعية الثقافية الألمانية العربية",
            ),
            T(
                "Internationaler Kulturverein",
                "International Cultural Association",
                "الجمعية الثقافية الدولية",
            ),
            T("Ukrainischer Verein", "Ukrainian Association", "الجمعية الأوكرانية"),
        ),
    ),
    ProviderKind(
        "kita",
        T(
            "Städtische Kita {name} {town_de}",
            "{name} Day-Care Centre {town}",
            "حضانة {name} في {town}",
        ),
        T(
            "Eine städtische Kindertagesstätte mit Plätzen für Kinder von 1 bis 6 Jahren.",
            "A municipal day-care centre with places for children aged 1 to 6.",
            "حضانة تابعة للمدينة فيها أماكن للأطفال من عمر سنة إلى 6 سنوات.",
        ),
        T("Kita", "Day-care centre", "الحضانة"),
        "kita",
        per_town=2,
        names=(
            T("Regenbogen", "Rainbow", "قوس قزح"),
            T("Sonnenschein", "Sunshine", "أشعة الشمس"),
            T("Löwenzahn", "Dandelion", "الهندباء"),
            T("Arche Noah", "Noah's Ark", "سفينة نوح"),
            T("Sternschnuppe", "Shooting Star", "الشهاب"),
            T("Kunterbunt", "Colourful", "الألوان"),
        ),
    ),
    ProviderKind(
        "familienbildung",
        T(
            "Familienbildungsstätte {town_de}",
            "{town} Family Education Centre",
            "مركز تعليم الأسرة في {town}",
        ),
        T(
            "Kurse und Treffpunkte für Eltern, Kinder und Großeltern.",
            "Courses and meeting places for parents, children and grandparents.",
            "دورات وأماكن لقاء للآباء والأمهات والأطفال والأجداد.",
        ),
        T("Familienbildungsstätte", "Family education centre", "مركز تعليم الأسرة"),
        "familie",
        towns=("Bergheim", "Brühl", "Erftstadt", "Hürth", "Kerpen", "Pulheim"),
    ),
    ProviderKind(
        "jmd",
        T(
            "Jugendmigrationsdienst {town_de}",
            "{town} Youth Migration Service",
            "خدمة هجرة الشباب في {town}",
        ),
        T(
            "Der Jugendmigrationsdienst begleitet junge Zugewanderte bis 27 Jahre.",
            "The youth migration service supports young immigrants up to the age of 27.",
            "ترافق خدمة هجرة الشباب المهاجرين الشباب حتى سن 27 عامًا.",
        ),
        T("Jugendmigrationsdienst", "Youth migration service", "خدمة هجرة الشباب"),
        "jmd",
        towns=("Bergheim", "Brühl", "Frechen", "Hürth", "Kerpen"),
    ),
    ProviderKind(
        "gesamtschule",
        T(
            "Gesamtschule {town_de}",
            "{town} Comprehensive School (Gesamtschule)",
            "المدرسة الشاملة في {town} (Gesamtschule)",
        ),
        T(
            "Eine Schule für alle Kinder ab Klasse 5, mit internationalen Förderklassen.",
            "A school for all children from grade 5, with international support classes.",
            "مدرسة لجميع الأطفال ابتداءً من الصف الخامس، مع صفوف دعم دولية.",
        ),
        T("Gesamtschule", "Comprehensive school", "المدرسة الشاملة"),
        "sekretariat",
        towns=(
            "Bedburg",
            "Bergheim",
            "Brühl",
            "Erftstadt",
            "Frechen",
            "Hürth",
            "Kerpen",
            "Pulheim",
        ),
    ),
    ProviderKind(
        "stadt",
        T(
            "Stadt {town_de} – Amt für Soziales und Integration",
            "Town of {town} – Social Affairs and Integration Office",
            "مدينة {town} – مكتب الشؤون الاجتماعية والاندماج",
        ),
        T(
            "Die Stadtverwaltung ist zuständig für Anmeldung, Wohngeld, Kitas und Integration.",
            "The town administration is responsible for registration, housing benefit, day care "
            "and integration.",
            "إدارة المدينة مسؤولة عن التسجيل وإعانة السكن والحضانات والاندماج.",
        ),
        T("Rathaus", "Town hall", "مبنى البلدية"),
        "integration",
    ),
    ProviderKind(
        "jobcenter",
        T(
            "Jobcenter Rhein-Erft – Standort {town_de}",
            "Jobcenter Rhein-Erft – {town} office",
            "الجوب سنتر راين-إرفت – فرع {town}",
        ),
        T(
            "Das Jobcenter zahlt Bürgergeld und hilft bei der Suche nach Arbeit und Ausbildung.",
            "The Jobcenter pays citizen's benefit and helps you find work and training.",
            "يدفع الجوب سنتر إعانة المواطن ويساعد في البحث عن عمل وتدريب مهني.",
        ),
        T("Jobcenter", "Jobcenter", "الجوب سنتر"),
        "jobcenter",
    ),
    ProviderKind(
        "sportverein",
        T("{name} {town_de}", "{name} {town_de} (sports club)", "نادي {name} {town_de} الرياضي"),
        T(
            "Ein Sportverein für alle Generationen, mit Angeboten für Neuankommende.",
            "A sports club for all generations, with offers for newcomers.",
            "نادٍ رياضي لجميع الأجيال، مع عروض للقادمين الجدد.",
        ),
        T("Sporthalle", "Sports hall", "الصالة الرياضية"),
        "sport",
        names=(
            T("TuS 1920", "TuS 1920", "TuS 1920"),
            T("SV Rot-Weiß", "SV Rot-Weiß", "SV Rot-Weiß"),
            T("Turnverein 1884", "Turnverein 1884", "Turnverein 1884"),
        ),
    ),
    ProviderKind(
        "bildungstraeger",
        T(
            "Berufsbildungszentrum {town_de}",
            "{town} Vocational Training Centre",
            "مركز التدريب المهني في {town}",
        ),
        T(
            "Ein Bildungsträger für berufliche Weiterbildung und Umschulung.",
            "An education provider for further vocational training and retraining.",
            "جهة تعليمية تقدم التدريب المهني المستمر وإعادة التأهيل.",
        ),
        T("Bildungszentrum", "Training centre", "مركز التدريب"),
        "weiterbildung",
        towns=("Bergheim", "Frechen", "Hürth", "Kerpen"),
    ),
    ProviderKind(
        "frauenberatung",
        T(
            "Frauenberatungsstelle {town_de}",
            "{town} Women's Counselling Centre",
            "مركز استشارة النساء في {town}",
        ),
        T(
            "Beratung von Frauen für Frauen, vertraulich und kostenlos.",
            "Counselling by women for women, confidential and free of charge.",
            "استشارة تقدمها نساء للنساء، بسرية ومجانًا.",
        ),
        T("Frauenberatungsstelle", "Women's counselling centre", "مركز استشارة النساء"),
        "frauen",
        towns=("Bergheim", "Hürth", "Erftstadt"),
    ),
    ProviderKind(
        "arbeitsagentur",
        T(
            "Agentur für Arbeit – Geschäftsstelle {town_de}",
            "Federal Employment Agency – {town} office",
            "وكالة العمل الاتحادية – مكتب {town}",
        ),
        T(
            "Die Agentur für Arbeit berät zu Beruf, Ausbildung und Arbeitssuche.",
            "The employment agency advises on careers, training and finding work.",
            "تقدم وكالة العمل الاستشارة حول المهن والتدريب المهني والبحث عن عمل.",
        ),
        T("Agentur für Arbeit", "Employment agency", "وكالة العمل"),
        "berufsberatung",
        towns=("Bergheim", "Brühl"),
    ),
    ProviderKind(
        "ki_zentrum",
        T(
            "Kommunales Integrationszentrum Rhein-Erft-Kreis",
            "Rhein-Erft District Municipal Integration Centre",
            "مركز الاندماج البلدي في دائرة راين-إرفت",
        ),
        T(
            "Das Kommunale Integrationszentrum koordiniert Integrationsangebote im Kreis und "
            "berät Schulen und Familien.",
            "The municipal integration centre coordinates integration offers in the district and "
            "advises schools and families.",
            "ينسق مركز الاندماج البلدي عروض الاندماج في الدائرة ويقدم الاستشارة للمدارس والعائلات.",
        ),
        T("Kreishaus", "District administration building", "مبنى إدارة الدائرة"),
        "ki",
        towns=("Bergheim",),
    ),
    ProviderKind(
        "gesundheitsamt",
        T(
            "Gesundheitsamt Rhein-Erft-Kreis",
            "Rhein-Erft District Public Health Office",
            "مكتب الصحة في دائرة راين-إرفت",
        ),
        T(
            "Das Gesundheitsamt impft, berät und untersucht Kinder vor der Einschulung.",
            "The public health office vaccinates, advises and examines children before they "
            "start school.",
            "يقدم مكتب الصحة التطعيمات والاستشارات ويفحص الأطفال قبل دخولهم المدرسة.",
        ),
        T("Gesundheitsamt", "Public health office", "مكتب الصحة"),
        "gesundheitsamt",
        towns=("Bergheim",),
    ),
    ProviderKind(
        "auslaenderbehoerde",
        T(
            "Ausländerbehörde Rhein-Erft-Kreis",
            "Rhein-Erft District Immigration Office",
            "دائرة الأجانب في دائرة راين-إرفت",
        ),
        T(
            "Die Ausländerbehörde ist zuständig für Aufenthaltstitel und Reiseausweise.",
            "The immigration office is responsible for residence permits and travel documents.",
            "دائرة الأجانب مسؤولة عن تصاريح الإقامة ووثائق السفر.",
        ),
        T("Kreishaus", "District administration building", "مبنى إدارة الدائرة"),
        "auslaenderamt",
        towns=("Bergheim",),
    ),
    ProviderKind(
        "handwerkskammer",
        T(
            "Handwerkskammer zu Köln – Beratungsstelle Rhein-Erft",
            "Cologne Chamber of Crafts – Rhein-Erft advice centre",
            "غرفة الحرف في كولونيا – مركز الاستشارة في راين-إرفت",
        ),
        T(
            "Die Handwerkskammer berät zu Ausbildung im Handwerk und zur Anerkennung von "
            "Berufsabschlüssen.",
            "The chamber of crafts advises on apprenticeships in skilled trades and on recognising "
            "vocational qualifications.",
            "تقدم غرفة الحرف الاستشارة حول التدريب في المهن الحرفية والاعتراف بالمؤهلات المهنية.",
        ),
        T("Beratungsstelle", "Advice centre", "مركز الاستشارة"),
        "anerkennung",
        towns=("Frechen",),
    ),
    ProviderKind(
        "mieterverein",
        T(
            "Mieterverein Rhein-Erft e. V.",
            "Rhein-Erft Tenants' Association",
            "جمعية المستأجرين في راين-إرفت",
        ),
        T(
            "Der Mieterverein berät seine Mitglieder bei allen Fragen rund um die Miete.",
            "The tenants' association advises its members on all questions about renting.",
            "تقدم جمعية المستأجرين الاستشارة لأعضائها في جميع أسئلة الإيجار.",
        ),
        T("Geschäftsstelle", "Office", "المكتب"),
        "beratung",
        towns=("Hürth",),
    ),
    ProviderKind(
        "psz",
        T(
            "Psychosoziales Zentrum für Geflüchtete Rhein-Erft",
            "Rhein-Erft Psychosocial Centre for Refugees",
            "المركز النفسي الاجتماعي للاجئين في راين-إرفت",
        ),
        T(
            "Beratung und Therapie für geflüchtete Menschen nach belastenden Erlebnissen.",
            "Counselling and therapy for refugees after distressing experiences.",
            "استشارة وعلاج للاجئين بعد تجارب مؤلمة.",
        ),
        T("Psychosoziales Zentrum", "Psychosocial centre", "المركز النفسي الاجتماعي"),
        "psz",
        towns=("Kerpen",),
    ),
    ProviderKind(
        "fluechtlingsberatung",
        T(
            "Regionale Flüchtlingsberatung Rhein-Erft",
            "Rhein-Erft Regional Refugee Counselling",
            "الاستشارة الإقليمية للاجئين في راين-إرفت",
        ),
        T(
            "Unabhängige Verfahrensberatung für Asylsuchende im ganzen Kreis.",
            "Independent procedure counselling for asylum seekers in the whole district.",
            "استشارة مستقلة في الإجراءات لطالبي اللجوء في الدائرة كلها.",
        ),
        T("Beratungsbüro", "Advice office", "مكتب الاستشارة"),
        "asyl",
        towns=("Hürth", "Bergheim"),
    ),
)
