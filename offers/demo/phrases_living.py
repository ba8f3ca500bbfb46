"""Phrases for everyday life in the area Leben / Living (besides counselling)."""

from .catalogue import Kind
from .phrases_counselling import BY_APPOINTMENT, CONFIDENTIAL, INTERPRETERS
from .text import T

BRING_ID = T(
    "Bringen Sie bitte Ihren Ausweis oder Ihre Aufenthaltserlaubnis mit.",
    "Please bring your ID or residence permit.",
    "يرجى إحضار بطاقة الهوية أو تصريح الإقامة.",
)

LIVING = {
    "gesundheit": (
        Kind(
            titles=(
                T(
                    "Psychosoziale Beratung für Geflüchtete",
                    "Psychosocial support for refugees",
                    "الدعم النفسي والاجتماعي للاجئين",
                ),
                T(
                    "Gesprächsgruppe: Stress und Schlaf",
                    "Talking group: stress and sleep",
                    "مجموعة حوار: التوتر والنوم",
                ),
            ),
            summaries=(
                T(
                    "Hilfe bei Belastungen, Ängsten und Schlafproblemen, auch in Ihrer Sprache.",
                    "Help with stress, fears and sleeping problems, also in your language.",
                    "المساعدة في الضغوط والمخاوف ومشكلات النوم، بلغتك أيضًا.",
                ),
            ),
            details=(
                CONFIDENTIAL,
                INTERPRETERS,
                T(
                    "Wir vermitteln bei Bedarf an Ärztinnen, Ärzte und Therapieplätze.",
                    "If needed, we refer you to doctors and therapy places.",
                    "نحيلك عند الحاجة إلى الأطباء وأماكن العلاج.",
                ),
            ),
            providers=("psz", "caritas"),
            hours="counselling",
            weight=2,
            registration=BY_APPOINTMENT,
        ),
        Kind(
            titles=(
                T("Impfsprechstunde", "Vaccination clinic", "عيادة التطعيم"),
                T(
                    "Impfberatung und Schuleingangsuntersuchung",
                    "Vaccination advice and school entry examination",
                    "استشارة التطعيم وفحص دخول المدرسة",
                ),
            ),
            summaries=(
                T(
                    "Kostenlose Impfungen und Beratung für Kinder und Erwachsene.",
                    "Free vaccinations and advice for children and adults.",
                    "تطعيمات واستشارات مجانية للأطفال والبالغين.",
                ),
            ),
            details=(
                T(
                    "Bringen Sie bitte den Impfpass mit, wenn Sie einen haben.",
                    "Please bring your vaccination record if you have one.",
                    "يرجى إحضار سجل التطعيم إن كان لديك.",
                ),
                T(
                    "Sie brauchen keine Krankenversicherungskarte.",
                    "You do not need a health insurance card.",
                    "لا تحتاج إلى بطاقة التأمين الصحي.",
                ),
            ),
            providers=("gesundheitsamt",),
            hours="office",
            weight=1,
            registration=T(
                "Ohne Termin während der Sprechzeiten.",
                "No appointment needed during consultation hours.",
                "دون موعد خلال ساعات الاستشارة.",
            ),
        ),
        Kind(
            titles=(
                T("Gesundheitslotsinnen und -lotsen", "Health guides", "مرشدو الصحة"),
                T("Begleitung zum Arzt", "Accompanying you to the doctor", "مرافقة إلى الطبيب"),
            ),
            summaries=(
                T(
                    "Geschulte Ehrenamtliche erklären das Gesundheitssystem und begleiten zu Terminen.",
                    "Trained volunteers explain the health system and go with you to appointments.",
                    "يشرح متطوعون مدرَّبون النظام الصحي ويرافقونك إلى المواعيد.",
                ),
            ),
            details=(
                INTERPRETERS,
                T(
                    "Wir zeigen, wie Sie eine Hausarztpraxis finden und einen Termin bekommen.",
                    "We show you how to find a family doctor and get an appointment.",
                    "نوضح لك كيف تجد طبيب أسرة وتحصل على موعد.",
                ),
            ),
            providers=("awo", "drk", "fluechtlingshilfe"),
            hours="counselling",
            weight=1,
            registration=BY_APPOINTMENT,
        ),
    ),
    "wohnen": (
        Kind(
            titles=(
                T(
                    "Hilfe bei der Wohnungssuche",
                    "Help finding a flat",
                    "المساعدة في البحث عن مسكن",
                ),
                T("Wohnraumberatung", "Housing advice", "استشارة السكن"),
            ),
            summaries=(
                T(
                    "Tipps zur Wohnungssuche, Hilfe bei Bewerbungen und beim Wohnberechtigungsschein.",
                    "Tips for finding a flat, help with applications and the housing entitlement "
                    "certificate.",
                    "نصائح للبحث عن مسكن، ومساعدة في طلبات الإيجار وشهادة استحقاق السكن.",
                ),
            ),
            details=(
                T(
                    "Wir erklären Mietvertrag, Nebenkosten und Kaution.",
                    "We explain the tenancy agreement, service charges and the deposit.",
                    "نشرح عقد الإيجار والتكاليف الإضافية ومبلغ التأمين.",
                ),
                T(
                    "Auch Fragen zur Übernahme der Miete durch das Jobcenter beantworten wir.",
                    "We also answer questions about the Jobcenter paying the rent.",
                    "نجيب أيضًا عن الأسئلة المتعلقة بتغطية الجوب سنتر للإيجار.",
                ),
                BRING_ID,
            ),
            providers=("stadt", "caritas", "fluechtlingshilfe"),
            hours="counselling",
            weight=2,
            registration=BY_APPOINTMENT,
        ),
        Kind(
            titles=(T("Mietrechtsberatung", "Tenancy law advice", "استشارة قانون الإيجار"),),
            summaries=(
                T(
                    "Beratung bei Problemen mit Vermietern, Schimmel oder Nebenkostenabrechnungen.",
                    "Advice on problems with landlords, mould or service charge statements.",
                    "استشارة في المشكلات مع المؤجرين والعفن وكشوف التكاليف الإضافية.",
                ),
            ),
            details=(
                T(
                    "Die Beratung macht eine Juristin des Mietervereins.",
                    "A lawyer from the tenants' association gives the advice.",
                    "تقدم الاستشارة محامية من جمعية المستأجرين.",
                ),
                T(
                    "Mit Bescheid vom Jobcenter ist die Mitgliedschaft ermäßigt.",
                    "Membership is reduced with a notice from the Jobcenter.",
                    "تُخفَّض رسوم العضوية عند تقديم إشعار من الجوب سنتر.",
                ),
            ),
            providers=("mieterverein",),
            hours="counselling",
            weight=1,
            cost=(("reduced", 2), ("fee", 1)),
            registration=BY_APPOINTMENT,
        ),
    ),
    "behoerden": (
        Kind(
            titles=(
                T(
                    "Bürgerbüro: Anmeldung der Wohnung",
                    "Citizens' office: registering your address",
                    "مكتب المواطنين: تسجيل عنوان السكن",
                ),
                T(
                    "Integrationsbüro der Stadt",
                    "Town integration office",
                    "مكتب الاندماج في المدينة",
                ),
            ),
            summaries=(
                T(
                    "Wohnsitz anmelden, Meldebescheinigung und Fragen zu Dokumenten.",
                    "Register your address, get a registration certificate and ask about documents.",
                    "تسجيل مكان السكن، والحصول على شهادة التسجيل، والاستفسار عن الوثائق.",
                ),
                T(
                    "Erste Anlaufstelle für alle Fragen nach der Ankunft in der Stadt.",
                    "First point of contact for all questions after arriving in the town.",
                    "نقطة الاتصال الأولى لجميع الأسئلة بعد الوصول إلى المدينة.",
                ),
            ),
            details=(
                BRING_ID,
                T(
                    "Nach einem Umzug müssen Sie sich innerhalb von zwei Wochen anmelden.",
                    "After moving you must register within two weeks.",
                    "بعد الانتقال يجب عليك التسجيل خلال أسبوعين.",
                ),
                T(
                    "Termine können Sie auch online buchen.",
                    "You can also book appointments online.",
                    "يمكنك أيضًا حجز المواعيد عبر الإنترنت.",
                ),
            ),
            providers=("stadt",),
            hours="office",
            weight=3,
            registration=T(
                "Termin online oder telefonisch, Notfälle ohne Termin.",
                "Appointment online or by phone; emergencies without an appointment.",
                "الموعد عبر الإنترنت أو الهاتف، والحالات الطارئة دون موعد.",
            ),
        ),
        Kind(
            titles=(
                T(
                    "Ausländerbehörde: Aufenthaltstitel",
                    "Immigration office: residence permits",
                    "دائرة الأجانب: تصاريح الإقامة",
                ),
            ),
            summaries=(
                T(
                    "Verlängerung und Ausstellung von Aufenthaltstiteln und Reiseausweisen.",
                    "Extension and issue of residence permits and travel documents.",
                    "تمديد وإصدار تصاريح الإقامة ووثائق السفر.",
                ),
            ),
            details=(
                BRING_ID,
                T(
                    "Beantragen Sie die Verlängerung mindestens sechs Wochen vor Ablauf.",
                    "Apply for the extension at least six weeks before it expires.",
                    "قدّم طلب التمديد قبل انتهاء الصلاحية بستة أسابيع على الأقل.",
                ),
            ),
            providers=("auslaenderbehoerde",),
            hours="office",
            weight=1,
            registration=T(
                "Nur mit Termin; die Terminvergabe erfolgt online.",
                "By appointment only; appointments are booked online.",
                "بموعد فقط، ويتم حجز المواعيد عبر الإنترنت.",
            ),
        ),
    ),
    "freizeit-und-sport": (
        Kind(
            titles=(
                T("Fußball für alle", "Football for everyone", "كرة القدم للجميع"),
                T(
                    "Schwimmkurs für Erwachsene",
                    "Swimming course for adults",
                    "دورة سباحة للبالغين",
                ),
                T("Offenes Sporttraining", "Open sports training", "تدريب رياضي مفتوح"),
            ),
            summaries=(
                T(
                    "Gemeinsam Sport treiben und Leute aus der Nachbarschaft kennenlernen.",
                    "Do sport together and meet people from the neighbourhood.",
                    "ممارسة الرياضة معًا والتعرف على أشخاص من الحي.",
                ),
            ),
            details=(
                T(
                    "Sportkleidung reicht; Schuhe können Sie bei uns leihen.",
                    "Sportswear is enough; you can borrow shoes from us.",
                    "تكفي الملابس الرياضية، ويمكنك استعارة الأحذية منا.",
                ),
                T(
                    "Die ersten drei Trainings sind zum Ausprobieren.",
                    "The first three training sessions are a free trial.",
                    "أول ثلاث حصص تدريبية للتجربة.",
                ),
                T(
                    "Mit dem Bildungs- und Teilhabepaket zahlt das Jobcenter den Beitrag.",
                    "With the education and participation package the Jobcenter pays the fee.",
                    "مع حزمة التعليم والمشاركة يدفع الجوب سنتر الاشتراك.",
                ),
            ),
            providers=("sportverein",),
            hours="sports",
            weight=3,
            cost=(("free", 2), ("reduced", 2), ("fee", 1)),
        ),
        Kind(
            titles=(
                T("Begegnungscafé", "Meeting café", "مقهى اللقاء"),
                T("Internationales Frühstück", "International breakfast", "فطور دولي"),
                T("Nähwerkstatt", "Sewing workshop", "ورشة الخياطة"),
            ),
            summaries=(
                T(
                    "Ein offener Treffpunkt für Alt und Neu im Stadtteil.",
                    "An open meeting place for old and new neighbours.",
                    "مكان لقاء مفتوح للجيران القدامى والجدد.",
                ),
            ),
            details=(
                T(
                    "Jeder bringt eine Kleinigkeit mit, wenn er möchte.",
                    "Everyone brings a little something if they like.",
                    "يُحضر كل شخص شيئًا بسيطًا إن أراد.",
                ),
                T(
                    "Wir freuen uns über neue Ehrenamtliche.",
                    "New volunteers are very welcome.",
                    "نرحب بالمتطوعين الجدد.",
                ),
            ),
            providers=("fluechtlingshilfe", "kulturverein", "familienbildung"),
            hours="weekly_afternoon",
            weight=2,
        ),
    ),
    "frauen": (
        Kind(
            titles=(
                T("Frauencafé", "Women's café", "مقهى النساء"),
                T(
                    "Frauentreff mit Kinderbetreuung",
                    "Women's meeting with childcare",
                    "لقاء نسائي مع رعاية الأطفال",
                ),
            ),
            summaries=(
                T(
                    "Ein geschützter Raum nur für Frauen: reden, lernen, Fragen stellen.",
                    "A safe space just for women: talk, learn, ask questions.",
                    "مساحة آمنة للنساء فقط: للحديث والتعلّم وطرح الأسئلة.",
                ),
            ),
            details=(
                T(
                    "Kinder werden nebenan betreut.",
                    "Children are looked after next door.",
                    "تتم رعاية الأطفال في الغرفة المجاورة.",
                ),
                T(
                    "Regelmäßig kommen Fachleute zu Themen wie Gesundheit oder Arbeit.",
                    "Experts regularly come to talk about topics like health or work.",
                    "يحضر مختصون بانتظام للحديث عن مواضيع مثل الصحة أو العمل.",
                ),
            ),
            providers=("frauenberatung", "awo", "kulturverein", "familienbildung"),
            hours="weekly_morning",
            weight=2,
            eligibility=T("Nur für Frauen.", "For women only.", "للنساء فقط."),
            target_groups=("frauen",),
        ),
        Kind(
            titles=(
                T(
                    "Beratung bei häuslicher Gewalt",
                    "Counselling on domestic violence",
                    "الاستشارة في حالات العنف المنزلي",
                ),
            ),
            summaries=(
                T(
                    "Vertrauliche Hilfe für Frauen, die Gewalt erleben, auch anonym.",
                    "Confidential help for women experiencing violence, also anonymously.",
                    "مساعدة سرية للنساء اللواتي يتعرضن للعنف، ويمكن أن تكون دون ذكر الاسم.",
                ),
            ),
            details=(
                CONFIDENTIAL,
                T(
                    "Im Notfall rufen Sie die 110 oder das Hilfetelefon 116 016, rund um die Uhr.",
                    "In an emergency call 110 or the helpline 116 016, day and night.",
                    "في حالات الطوارئ اتصلي بالرقم 110 أو بخط المساعدة 116 016 على مدار الساعة.",
                ),
            ),
            providers=("frauenberatung",),
            hours="counselling",
            weight=1,
            registration=BY_APPOINTMENT,
            eligibility=T("Nur für Frauen.", "For women only.", "للنساء فقط."),
            target_groups=("frauen",),
            online_share=0.1,
        ),
    ),
    "jugend": (
        Kind(
            titles=(
                T("Jugendmigrationsdienst", "Youth migration service", "خدمة هجرة الشباب"),
                T(
                    "Beratung für junge Zugewanderte",
                    "Counselling for young newcomers",
                    "استشارة للشباب القادمين الجدد",
                ),
            ),
            summaries=(
                T(
                    "Beratung und Begleitung für junge Menschen von 12 bis 27 Jahren.",
                    "Advice and support for young people aged 12 to 27.",
                    "استشارة ومرافقة للشباب من عمر 12 إلى 27 عامًا.",
                ),
            ),
            details=(
                T(
                    "Wir helfen bei Schule, Ausbildung, Sprachkurs und Fragen zum Alltag.",
                    "We help with school, training, language courses and everyday questions.",
                    "نساعد في المدرسة والتدريب المهني ودورات اللغة وأسئلة الحياة اليومية.",
                ),
                INTERPRETERS,
            ),
            providers=("jmd",),
            hours="counselling",
            weight=2,
            registration=BY_APPOINTMENT,
            target_groups=("jugendliche", "junge-erwachsene"),
        ),
        Kind(
            titles=(
                T("Offener Jugendtreff", "Open youth club", "نادي الشباب المفتوح"),
                T("Jugendzentrum", "Youth centre", "مركز الشباب"),
            ),
            summaries=(
                T(
                    "Kicker, Musik, Ausflüge und Hilfe bei Bewerbungen für Jugendliche.",
                    "Table football, music, trips and help with applications for young people.",
                    "كرة الطاولة والموسيقى والرحلات والمساعدة في طلبات العمل للشباب.",
                ),
            ),
            details=(
                T(
                    "Das Team spricht Deutsch, Englisch, Arabisch und Türkisch.",
                    "The team speaks German, English, Arabic and Turkish.",
                    "يتحدث الفريق الألمانية والإنجليزية والعربية والتركية.",
                ),
                T(
                    "In den Ferien gibt es ein eigenes Programm.",
                    "There is a special programme during the holidays.",
                    "يوجد برنامج خاص خلال العطل.",
                ),
            ),
            providers=("stadt", "kulturverein", "sportverein"),
            hours="youth_centre",
            weight=2,
            target_groups=("jugendliche",),
        ),
    ),
}
