"""The Rhein-Erft-Kreis (official key 05362) and its ten municipalities."""

from dataclasses import dataclass

from .text import T


@dataclass(frozen=True)
class Town:
    name: str
    official_key: str
    latitude: float
    longitude: float
    postcodes: tuple[str, ...]
    population: int  # rounded, to weigh how many offers a town gets
    stop_suffix: str  # how the town is written at the end of stop names in the GTFS file
    label: T  # the name as written inside German, English and Arabic sentences

    @property
    def slug(self) -> str:
        return self.name.lower().replace("ü", "ue")


TOWNS = (
    Town("Bedburg", "05362004", 51.0000, 6.5667, ("50181",), 24000, "Bedburg",
         T("Bedburg", "Bedburg", "بيدبورغ")),
    Town("Bergheim", "05362008", 50.9553, 6.6397, ("50126", "50127", "50129"), 62000,
         "Bergheim (Erf", T("Bergheim", "Bergheim", "بيرغهايم")),
    Town("Brühl", "05362012", 50.8290, 6.9047, ("50321",), 44000, "Brühl (Rheinl",
         T("Brühl", "Brühl", "برول")),
    Town("Elsdorf", "05362016", 50.9333, 6.5667, ("50189",), 22000, "Elsdorf (Rheinl",
         T("Elsdorf", "Elsdorf", "إلسدورف")),
    Town("Erftstadt", "05362020", 50.8100, 6.7947, ("50374",), 50000, "Erftstadt",
         T("Erftstadt", "Erftstadt", "إرفتشتات")),
    Town("Frechen", "05362024", 50.9119, 6.8106, ("50226",), 52000, "Frechen",
         T("Frechen", "Frechen", "فريشن")),
    Town("Hürth", "05362028", 50.8774, 6.8760, ("50354",), 59000, "Hürth",
         T("Hürth", "Hürth", "هورت")),
    Town("Kerpen", "05362032", 50.8700, 6.6961, ("50169", "50170", "50171"), 66000,
         "Kerpen (Rheinl", T("Kerpen", "Kerpen", "كيربن")),
    Town("Pulheim", "05362036", 51.0000, 6.8000, ("50259",), 54000, "Pulheim",
         T("Pulheim", "Pulheim", "بولهايم")),
    Town("Wesseling", "05362040", 50.8269, 6.9747, ("50389",), 36000, "Wesseling",
         T("Wesseling", "Wesseling", "فيسلينغ")),
)  # fmt: skip

DISTRICT = T("Rhein-Erft-Kreis", "Rhein-Erft district", "دائرة راين-إرفت")

# How newcomers write the towns in their scripts (search terms of each municipality; the
# German name, also typed as "Huerth" or "Bruehl", is found without them).
SPELLINGS = {
    "Bedburg": {"ar": "بيدبورغ, بدبورغ", "fa": "بدبورگ", "ps": "بدبورګ", "uk": "Бедбург",
                "ru": "Бедбург", "ti": "በድቡርግ"},
    "Bergheim": {"ar": "بيرغهايم, بيرجهايم, برغهايم", "fa": "برگهایم", "ps": "برګهایم",
                 "uk": "Бергхайм, Берггайм", "ru": "Бергхайм", "ti": "በርግሃይም"},
    "Brühl": {"ar": "برول, بروهل", "fa": "برول, بروهل", "ps": "برول", "uk": "Брюль",
              "ru": "Брюль", "ti": "ብሩል"},
    "Elsdorf": {"ar": "إلسدورف, السدورف", "fa": "السدورف", "ps": "السدورف",
                "uk": "Ельсдорф", "ru": "Эльсдорф", "ti": "ኤልስዶርፍ"},
    "Erftstadt": {"ar": "إرفتشتات, ارفتشتات", "fa": "ارفت اشتات, ارفتشتات", "ps": "ارفتشتات",
                  "uk": "Ерфтштадт", "ru": "Эрфтштадт", "ti": "ኤርፍትሽታት"},
    "Frechen": {"ar": "فريشن, فريخن", "fa": "فرشن, فرخن", "ps": "فرخن", "uk": "Фрехен",
                "ru": "Фрехен", "ti": "ፍረኸን"},
    "Hürth": {"ar": "هورت, هيرت", "fa": "هورت", "ps": "هورت", "uk": "Гюрт, Хюрт",
              "ru": "Хюрт", "ti": "ሁርት"},
    "Kerpen": {"ar": "كيربن, كيربين", "fa": "کرپن", "ps": "کرپن", "uk": "Керпен",
               "ru": "Керпен", "ti": "ኬርፐን"},
    "Pulheim": {"ar": "بولهايم", "fa": "پولهایم", "ps": "پولهایم", "uk": "Пульгайм, Пульхайм",
                "ru": "Пульхайм", "ti": "ፑልሃይም"},
    "Wesseling": {"ar": "فيسلينغ, فسلينغ", "fa": "وسلینگ", "ps": "وسلینګ",
                  "uk": "Веселінг, Весселінг", "ru": "Весселинг", "ti": "ቨሰሊንግ"},
}  # fmt: skip
