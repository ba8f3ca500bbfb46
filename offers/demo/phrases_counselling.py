"""Phrases for the counselling subcategories of the area Leben / Living."""

from .catalogue import Kind
from .text import T

BY_APPOINTMENT = T(
    "Termin nach Vereinbarung per Telefon oder E-Mail; in dringenden Fällen auch kurzfristig.",
    "Appointments by phone or e-mail; at short notice in urgent cases.",
    "المواعيد عبر الهاتف أو البريد الإلكتروني، وفي الحالات العاجلة في وقت قريب.",
)
CONFIDENTIAL = T(
    "Die Beratung ist vertraulich und unabhängig von Behörden.",
    "Counselling is confidential and independent of the authorities.",
    "الاستشارة سرية ومستقلة عن الدوائر الحكومية.",
)
INTERPRETERS = T(
    "Bei Bedarf organisieren wir eine Dolmetscherin oder einen Dolmetscher.",
    "If needed, we arrange an interpreter.",
    "نوفر مترجمًا أو مترجمة عند الحاجة.",
)
BRING_LETTERS = T(
    "Bringen Sie bitte alle Briefe und Bescheide mit, um die es geht.",
    "Please bring all letters and decisions concerned.",
    "يرجى إحضار جميع الرسائل والقرارات المتعلقة بالموضوع.",
)

COUNSELLING = {
    "asylberatung": (
        Kind(
            titles=(
                T(
                    "Asylverfahrensberatung",
                    "Asylum procedure counselling",
                    "الاستشارة في إجراءات اللجوء",
                ),
                T(
                    "Unabhängige Asylberatung",
                    "Independent asylum counselling",
                    "استشارة لجوء مستقلة",
                ),
            ),
            summaries=(
                T(
                    "Wir erklären das Asylverfahren und bereiten Sie auf die Anhörung vor.",
                    "We explain the asylum procedure and prepare you for the interview.",
                    "نشرح لك إجراءات اللجوء ونحضّرك للمقابلة.",
                ),
                T(
                    "Hilfe bei Fragen zu Bescheid, Klage und Duldung.",
                    "Help with questions about decisions, appeals and toleration status.",
                    "المساعدة في الأسئلة المتعلقة بالقرار والطعن ووضع التسامح (الدولدونغ).",
                ),
            ),
            details=(
                CONFIDENTIAL,
                INTERPRETERS,
                BRING_LETTERS,
                T(
                    "Wir arbeiten mit Anwältinnen und Anwälten für Asylrecht zusammen.",
                    "We work together with lawyers specialising in asylum law.",
                    "نتعاون مع محامين ومحاميات متخصصين في قانون اللجوء.",
                ),
            ),
            providers=("caritas", "diakonie", "fluechtlingsberatung"),
            hours="counselling",
            weight=3,
            registration=BY_APPOINTMENT,
            target_groups=("asylsuchende",),
        ),
    ),
    "migrationsberatung": (
        Kind(
            titles=(
                T(
                    "Migrationsberatung für Erwachsene (MBE)",
                    "Migration counselling for adults (MBE)",
                    "استشارة الهجرة للبالغين (MBE)",
                ),
                T(
                    "Beratung für Zugewanderte",
                    "Counselling for newcomers",
                    "استشارة للقادمين الجدد",
                ),
                T(
                    "Offene Sprechstunde Migration",
                    "Open consultation hours on migration",
                    "ساعات استشارة مفتوحة حول الهجرة",
                ),
            ),
            summaries=(
                T(
                    "Beratung zu Aufenthalt, Arbeit, Wohnen, Familie und Gesundheit.",
                    "Advice on residence, work, housing, family and health.",
                    "استشارة حول الإقامة والعمل والسكن والأسرة والصحة.",
                ),
                T(
                    "Wir helfen bei Anträgen, Formularen und Briefen von Behörden.",
                    "We help with applications, forms and letters from the authorities.",
                    "نساعد في الطلبات والاستمارات والرسائل الواردة من الدوائر الحكومية.",
                ),
            ),
            details=(
                CONFIDENTIAL,
                INTERPRETERS,
                T(
                    "Wir begleiten Sie über längere Zeit mit einem persönlichen Förderplan.",
                    "We support you over a longer period with a personal plan.",
                    "نرافقك لفترة أطول وفق خطة دعم شخصية.",
                ),
                T(
                    "Auch Fragen zum Familiennachzug und zur Einbürgerung beantworten wir.",
                    "We also answer questions on family reunification and naturalisation.",
                    "نجيب أيضًا عن الأسئلة المتعلقة بلمّ شمل الأسرة والتجنيس.",
                ),
            ),
            providers=("caritas", "diakonie", "awo", "drk"),
            hours="counselling",
            weight=5,
            registration=BY_APPOINTMENT,
            eligibility=T(
                "Für Zugewanderte über 27 Jahre, unabhängig davon, wie lange sie schon hier leben.",
                "For immigrants over 27, however long they have lived here.",
                "للمهاجرين الذين تزيد أعمارهم على 27 عامًا، مهما طالت مدة إقامتهم هنا.",
            ),
            target_groups=("alle",),
            online_share=0.06,
        ),
    ),
    "schuldnerberatung": (
        Kind(
            titles=(
                T("Schuldnerberatung", "Debt counselling", "استشارة الديون"),
                T(
                    "Schuldner- und Insolvenzberatung",
                    "Debt and insolvency counselling",
                    "استشارة الديون والإعسار",
                ),
                T(
                    "Hilfe bei Geld und Verträgen",
                    "Help with money and contracts",
                    "المساعدة في شؤون المال والعقود",
                ),
            ),
            summaries=(
                T(
                    "Wir helfen, einen Überblick über Schulden zu bekommen und Lösungen zu finden.",
                    "We help you get an overview of your debts and find solutions.",
                    "نساعدك على فهم ديونك وإيجاد حلول لها.",
                ),
                T(
                    "Beratung zu Handyverträgen, Mahnungen und Inkassobriefen.",
                    "Advice on mobile phone contracts, payment reminders and debt collection "
                    "letters.",
                    "استشارة حول عقود الهواتف المحمولة وإنذارات الدفع ورسائل شركات التحصيل.",
                ),
            ),
            details=(
                CONFIDENTIAL,
                BRING_LETTERS,
                T(
                    "Wir können ein Pfändungsschutzkonto bescheinigen.",
                    "We can certify a garnishment protection account.",
                    "يمكننا إصدار شهادة لحساب مصرفي محمي من الحجز.",
                ),
                T(
                    "Wir verhandeln für Sie mit Gläubigern.",
                    "We negotiate with creditors on your behalf.",
                    "نتفاوض مع الدائنين نيابة عنك.",
                ),
            ),
            providers=("diakonie", "caritas", "awo"),
            hours="counselling",
            weight=2,
            registration=BY_APPOINTMENT,
        ),
    ),
    "familienberatung": (
        Kind(
            titles=(
                T(
                    "Erziehungs- und Familienberatung",
                    "Parenting and family counselling",
                    "استشارة التربية والأسرة",
                ),
                T("Beratung für Eltern", "Counselling for parents", "استشارة للآباء والأمهات"),
            ),
            summaries=(
                T(
                    "Unterstützung bei Fragen zur Erziehung, bei Streit und in schwierigen Zeiten.",
                    "Support with questions about bringing up children, with conflicts and in "
                    "difficult times.",
                    "دعم في أسئلة تربية الأطفال وعند الخلافات وفي الأوقات الصعبة.",
                ),
            ),
            details=(
                CONFIDENTIAL,
                INTERPRETERS,
                T(
                    "Die Beratung ist für Eltern, Kinder und Jugendliche.",
                    "Counselling is for parents, children and young people.",
                    "الاستشارة موجهة للآباء والأمهات والأطفال والشباب.",
                ),
            ),
            providers=("caritas", "diakonie", "familienbildung"),
            hours="counselling",
            weight=2,
            registration=BY_APPOINTMENT,
            target_groups=("familien",),
        ),
        Kind(
            titles=(T("Schwangerschaftsberatung", "Pregnancy counselling", "استشارة الحمل"),),
            summaries=(
                T(
                    "Beratung rund um Schwangerschaft, Geburt und finanzielle Hilfen.",
                    "Advice on pregnancy, birth and financial support.",
                    "استشارة حول الحمل والولادة والمساعدات المالية.",
                ),
            ),
            details=(
                CONFIDENTIAL,
                T(
                    "Wir helfen bei Anträgen auf Elterngeld, Kindergeld und Stiftungsmittel.",
                    "We help with applications for parental allowance, child benefit and "
                    "foundation grants.",
                    "نساعد في طلبات إعانة الوالدين وإعانة الأطفال ومنح المؤسسات.",
                ),
            ),
            providers=("caritas", "diakonie", "frauenberatung"),
            hours="counselling",
            weight=1,
            registration=BY_APPOINTMENT,
            target_groups=("frauen", "familien"),
        ),
    ),
}
