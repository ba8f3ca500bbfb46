"""Phrases shared by all kinds of offers."""

from .text import T

NO_REGISTRATION = T(
    "Keine Anmeldung nötig: Kommen Sie einfach vorbei.",
    "No registration needed: just come along.",
    "لا حاجة إلى التسجيل: تفضّل بالحضور مباشرة.",
)
COST_NOTES = {
    "free": (
        T(
            "Material und Getränke werden gestellt.",
            "Materials and drinks are provided.",
            "يتم توفير المواد والمشروبات.",
        ),
        T(
            "Auch ohne Krankenversicherung und ohne Papiere.",
            "Also without health insurance and without papers.",
            "حتى دون تأمين صحي ودون أوراق ثبوتية.",
        ),
        T(
            "Fahrtkosten können erstattet werden.",
            "Travel costs can be refunded.",
            "يمكن استرداد تكاليف المواصلات.",
        ),
    ),
    "reduced": (
        T(
            "Ermäßigung mit Bescheid vom Jobcenter oder Sozialamt.",
            "Reduced fee with a notice from the Jobcenter or social welfare office.",
            "رسوم مخفضة عند تقديم إشعار من الجوب سنتر أو مكتب الشؤون الاجتماعية.",
        ),
        T(
            "Mit Berechtigungsschein kostenlos, sonst ermäßigter Beitrag.",
            "Free with an entitlement certificate, otherwise a reduced fee.",
            "مجاني مع شهادة الاستحقاق، وإلا فبرسوم مخفضة.",
        ),
    ),
    "fee": (
        T(
            "{fee} € pro Monat; Ermäßigung auf Anfrage.",
            "€{fee} per month; reductions on request.",
            "{fee} يورو شهريًا، ويمكن طلب تخفيض.",
        ),
        T(
            "{fee} € für den ganzen Kurs.",
            "€{fee} for the whole course.",
            "{fee} يورو للدورة كاملة.",
        ),
    ),
}
FEES = (5, 10, 15, 25, 40, 60)

# (directions, wheelchair access that fits them)
DIRECTIONS = (
    (
        T(
            "Barrierefreier Eingang an der Rückseite des Gebäudes.",
            "Step-free entrance at the back of the building.",
            "مدخل بدون درج في الجهة الخلفية من المبنى.",
        ),
        "yes",
    ),
    (
        T(
            "Im Erdgeschoss, Raum 3. Bitte klingeln.",
            "Ground floor, room 3. Please ring the bell.",
            "في الطابق الأرضي، الغرفة 3. يرجى قرع الجرس.",
        ),
        "yes",
    ),
    (
        T(
            "2. Etage, mit Aufzug erreichbar.",
            "Second floor, reachable by lift.",
            "الطابق الثاني، يمكن الوصول إليه بالمصعد.",
        ),
        "yes",
    ),
    (
        T(
            "Eingang über den Hof, 1. Etage ohne Aufzug.",
            "Entrance through the courtyard, first floor, no lift.",
            "المدخل من الفناء، الطابق الأول دون مصعد.",
        ),
        "no",
    ),
    (
        T(
            "Drei Stufen am Eingang; eine Rampe kann angelegt werden.",
            "Three steps at the entrance; a ramp can be put in place.",
            "ثلاث درجات عند المدخل، ويمكن وضع منحدر.",
        ),
        "partly",
    ),
    (
        T(
            "Zwei Minuten Fußweg von der Bushaltestelle, Eingang neben der Apotheke.",
            "Two minutes' walk from the bus stop, entrance next to the pharmacy.",
            "على بعد دقيقتين سيرًا من موقف الحافلات، والمدخل بجانب الصيدلية.",
        ),
        "unknown",
    ),
)

# Streets for places whose nearest stop has no street name; common in Rhineland towns.
STREETS = (
    "Hauptstraße", "Kölner Straße", "Bahnhofstraße", "Kirchstraße", "Schulstraße", "Marktplatz",
    "Friedrich-Ebert-Straße", "Mühlenweg", "Gartenstraße", "Lindenstraße", "Am Rathaus",
    "Rathausplatz", "Bonner Straße", "Luxemburger Straße", "Dürener Straße", "Jahnstraße",
)  # fmt: skip
LEVELS = ("A1", "A2", "B1", "B2")
# Languages spoken at offers besides German, and how common they are.
SPOKEN = {"en": 40, "ar": 35, "uk": 15, "ru": 15, "tr": 15, "fa": 12, "ku": 6, "fr": 8,
          "fa-AF": 5, "ps": 4, "ti": 3, "sq": 3, "pl": 3, "ro": 3, "so": 2, "bg": 2}  # fmt: skip
