"""Invented contact persons: names by origin, the languages they speak, gendered roles."""

from .text import T

# origin: (female first names, male first names, family names, languages besides German)
ORIGINS = {
    "german": (
        ("Anna", "Julia", "Sabine", "Katharina", "Lena", "Petra", "Claudia", "Miriam", "Birgit"),
        ("Markus", "Thomas", "Michael", "Stefan", "Jan", "Tobias", "Andreas", "Frank"),
        (
            "Schneider",
            "Weber",
            "Becker",
            "Hoffmann",
            "Schmitz",
            "Jansen",
            "Krüger",
            "Meyer",
            "Esser",
            "Küpper",
            "Kremer",
            "Hermanns",
            "Fischer",
            "Wolf",
        ),
        ("en", "fr", "es"),
    ),
    "arabic": (
        ("Rana", "Samira", "Lina", "Nour", "Huda", "Dalia"),
        ("Omar", "Yusuf", "Khaled", "Ahmad", "Tarek", "Bilal"),
        ("Haddad", "Al-Khatib", "Nasser", "Darwish", "Hamdan", "Saleh", "Mansour", "Aziz"),
        ("ar", "en", "fr"),
    ),
    "turkish": (
        ("Ayşe", "Elif", "Zeynep", "Derya"),
        ("Mehmet", "Emre", "Murat", "Can"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"),
        ("tr", "ku", "en"),
    ),
    "ukrainian": (
        ("Olena", "Iryna", "Oksana", "Nataliia"),
        ("Andrii", "Dmytro", "Serhii"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko"),
        ("uk", "ru", "en"),
    ),
    "persian": (
        ("Maryam", "Parisa", "Shabnam", "Fatemeh"),
        ("Reza", "Hamid", "Farid", "Ali"),
        ("Ahmadi", "Karimi", "Rahimi", "Hosseini", "Sadeghi"),
        ("fa", "fa-AF", "ps"),
    ),
    "kurdish": (
        ("Dilan", "Berfin", "Rojda"),
        ("Rojhat", "Serhat", "Baran"),
        ("Aydın", "Doğan", "Ekinci"),
        ("ku", "tr", "ar"),
    ),
    "eritrean": (
        ("Senait", "Helen", "Saba"),
        ("Yonas", "Daniel", "Mebrahtu"),
        ("Tesfaye", "Gebremedhin", "Haile"),
        ("ti", "am", "en"),
    ),
}
ORIGIN_WEIGHTS = {
    "german": 46,
    "arabic": 16,
    "turkish": 10,
    "ukrainian": 9,
    "persian": 8,
    "kurdish": 6,
    "eritrean": 5,
}

# subcategory: (role of a woman, role of a man), each in German, English and Arabic
ROLES = {
    "sprachkurse": (T("Kursberaterin", "Course adviser", "مستشارة الدورات"),
                    T("Kursberater", "Course adviser", "مستشار الدورات")),
    "kinderbetreuung": (T("Kita-Leiterin", "Day-care manager", "مديرة الحضانة"),
                        T("Kita-Leiter", "Day-care manager", "مدير الحضانة")),
    "schule": (T("Schulsozialarbeiterin", "School social worker", "الأخصائية الاجتماعية في المدرسة"),
               T("Schulsozialarbeiter", "School social worker", "الأخصائي الاجتماعي في المدرسة")),
    "asylberatung": (T("Asylverfahrensberaterin", "Asylum counsellor", "مستشارة اللجوء"),
                     T("Asylverfahrensberater", "Asylum counsellor", "مستشار اللجوء")),
    "migrationsberatung": (T("Migrationsberaterin", "Migration counsellor", "مستشارة الهجرة"),
                           T("Migrationsberater", "Migration counsellor", "مستشار الهجرة")),
    "schuldnerberatung": (T("Schuldnerberaterin", "Debt counsellor", "مستشارة الديون"),
                          T("Schuldnerberater", "Debt counsellor", "مستشار الديون")),
    "familienberatung": (T("Familienberaterin", "Family counsellor", "المستشارة الأسرية"),
                         T("Familienberater", "Family counsellor", "المستشار الأسري")),
    "gesundheit": (T("Gesundheitslotsin", "Health guide", "المرشدة الصحية"),
                   T("Gesundheitslotse", "Health guide", "المرشد الصحي")),
    "wohnen": (T("Wohnraumberaterin", "Housing adviser", "مستشارة السكن"),
               T("Wohnraumberater", "Housing adviser", "مستشار السكن")),
    "behoerden": (T("Sachbearbeiterin", "Case officer", "الموظفة المختصة"),
                  T("Sachbearbeiter", "Case officer", "الموظف المختص")),
    "freizeit-und-sport": (T("Übungsleiterin", "Coach", "المدربة"),
                           T("Übungsleiter", "Coach", "المدرب")),
    "frauen": (T("Sozialpädagogin", "Social worker", "الأخصائية الاجتماعية"),
               T("Sozialpädagogin", "Social worker", "الأخصائية الاجتماعية")),
    "jugend": (T("Jugendmigrationsberaterin", "Youth migration adviser", "مستشارة هجرة الشباب"),
               T("Jugendmigrationsberater", "Youth migration adviser", "مستشار هجرة الشباب")),
    "arbeitssuche": (T("Jobcoachin", "Job coach", "مدربة التوظيف"),
                     T("Jobcoach", "Job coach", "مدرب التوظيف")),
    "ausbildung": (T("Ausbildungsberaterin", "Apprenticeship adviser", "مستشارة التدريب المهني"),
                   T("Ausbildungsberater", "Apprenticeship adviser", "مستشار التدريب المهني")),
    "anerkennung": (T("Anerkennungsberaterin", "Recognition adviser",
                      "مستشارة الاعتراف بالشهادات"),
                    T("Anerkennungsberater", "Recognition adviser",
                      "مستشار الاعتراف بالشهادات")),
}  # fmt: skip

OFFICE_HOURS = (
    T("Mo–Do 9–12 Uhr", "Mon–Thu 9 am–12 noon", "من الاثنين إلى الخميس، 9–12"),
    T("Di und Do 14–16 Uhr", "Tue and Thu 2–4 pm", "الثلاثاء والخميس، 14–16"),
    T("Mo–Fr 8:30–12:30 Uhr", "Mon–Fri 8.30 am–12.30 pm", "من الاثنين إلى الجمعة، 8:30–12:30"),
    T("Mittwochs 10–13 Uhr und nach Vereinbarung", "Wednesdays 10 am–1 pm and by appointment",
      "أيام الأربعاء 10–13 وبموعد مسبق"),
    T("Telefonisch Mo–Fr 9–11 Uhr", "By phone Mon–Fri 9–11 am",
      "عبر الهاتف من الاثنين إلى الجمعة، 9–11"),
)  # fmt: skip
