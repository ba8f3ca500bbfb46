"""Weekly opening patterns: (weekday, opens, closes) with Monday = 0."""

from .text import T

MON, TUE, WED, THU, FRI, SAT = range(6)


def every(days, opens, closes):
    return [(day, opens, closes) for day in days]


WEEKDAYS = (MON, TUE, WED, THU, FRI)

PATTERNS = {
    "office": (
        [*every(WEEKDAYS, "08:30", "12:00"), (MON, "14:00", "16:00"), (THU, "14:00", "17:30")],
        [*every(WEEKDAYS, "08:00", "12:30"), (TUE, "13:30", "15:30")],
        [*every((MON, TUE, THU), "08:30", "15:30"), (FRI, "08:30", "12:00")],
    ),
    "counselling": (
        [(TUE, "09:00", "12:00"), (THU, "14:00", "17:00")],
        [(MON, "10:00", "13:00"), (WED, "10:00", "13:00"), (THU, "15:00", "18:00")],
        every((MON, TUE, WED, THU), "09:00", "12:00"),
        [(WED, "14:00", "17:00")],
    ),
    "course_morning": (
        every(WEEKDAYS, "08:30", "12:45"),
        every((MON, TUE, WED, THU), "09:00", "12:15"),
    ),
    "course_evening": (
        [(MON, "18:00", "20:15"), (WED, "18:00", "20:15")],
        [(TUE, "17:30", "19:45"), (THU, "17:30", "19:45")],
    ),
    "weekly_afternoon": (
        [(MON, "15:00", "17:00")],
        [(WED, "15:30", "17:30")],
        [(THU, "16:00", "18:00")],
        [(TUE, "14:30", "16:30"), (FRI, "14:30", "16:30")],
    ),
    "weekly_morning": (
        [(TUE, "09:30", "11:30")],
        [(FRI, "10:00", "12:00")],
        [(WED, "09:00", "11:00")],
    ),
    "kita": (every(WEEKDAYS, "07:00", "16:30"), every(WEEKDAYS, "07:30", "16:00")),
    "sports": (
        [(TUE, "17:00", "19:00"), (FRI, "17:00", "19:00")],
        [(SAT, "10:00", "12:00")],
        [(MON, "18:30", "20:00"), (THU, "18:30", "20:00")],
    ),
    "youth_centre": (
        every(WEEKDAYS, "14:00", "20:00"),
        every((TUE, WED, THU, FRI), "15:00", "21:00"),
    ),
}

# Share of offers with these hours that are by appointment only (no weekly hours at all).
APPOINTMENT_ONLY = {"counselling": 0.3, "office": 0.05}

NOTES = {
    "office": (
        T(
            "An Feiertagen geschlossen.",
            "Closed on public holidays.",
            "مغلق في أيام العطل الرسمية.",
        ),
        T(
            "Termine außerhalb der Öffnungszeiten nach Vereinbarung.",
            "Appointments outside opening hours can be arranged.",
            "يمكن ترتيب مواعيد خارج ساعات الدوام.",
        ),
    ),
    "counselling": (
        T(
            "Termine auch außerhalb der Sprechzeiten nach Vereinbarung.",
            "Appointments outside consultation hours can be arranged.",
            "يمكن ترتيب مواعيد خارج ساعات الاستشارة.",
        ),
        T(
            "In den Sommerferien nur telefonisch erreichbar.",
            "During the summer holidays only by phone.",
            "خلال العطلة الصيفية يمكن التواصل عبر الهاتف فقط.",
        ),
    ),
    "course_morning": (
        T(
            "Kursbeginn jeden Monat; in den Schulferien kein Unterricht.",
            "Courses start every month; no lessons during school holidays.",
            "تبدأ الدورات كل شهر، ولا توجد حصص خلال العطل المدرسية.",
        ),
    ),
    "course_evening": (
        T(
            "In den Schulferien kein Unterricht.",
            "No lessons during school holidays.",
            "لا توجد حصص خلال العطل المدرسية.",
        ),
    ),
    "weekly_afternoon": (
        T(
            "Jede Woche, außer an Feiertagen.",
            "Every week except on public holidays.",
            "كل أسبوع ما عدا أيام العطل الرسمية.",
        ),
    ),
    "weekly_morning": (
        T(
            "Jede Woche, außer in den Schulferien.",
            "Every week except during school holidays.",
            "كل أسبوع ما عدا العطل المدرسية.",
        ),
    ),
    "kita": (
        T(
            "Drei Wochen Schließzeit im Sommer.",
            "Closed for three weeks in summer.",
            "مغلق لمدة ثلاثة أسابيع في الصيف.",
        ),
    ),
    "sports": (
        T(
            "In den Sommerferien findet kein Training statt.",
            "No training during the summer holidays.",
            "لا يوجد تدريب خلال العطلة الصيفية.",
        ),
    ),
    "youth_centre": (
        T("Freitags ist Mädchentag.", "Fridays are girls' day.", "يوم الجمعة مخصص للفتيات."),
        T(
            "In den Ferien mit Ausflugsprogramm.",
            "With day trips during the holidays.",
            "مع برنامج رحلات خلال العطل.",
        ),
    ),
}
APPOINTMENT_NOTE = T("Nur nach Terminvereinbarung.", "By appointment only.", "بموعد مسبق فقط.")
