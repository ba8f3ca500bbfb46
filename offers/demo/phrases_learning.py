"""Phrases for the area Lernen / Learning."""

from .catalogue import Kind
from .text import T

REGISTER_COURSE = T(
    "Anmeldung mit Ausweis und, falls vorhanden, Berechtigungsschein im Kursbüro.",
    "Register at the course office with your ID and, if you have one, your entitlement "
    "certificate.",
    "التسجيل في مكتب الدورات مع بطاقة الهوية وشهادة الاستحقاق إن وجدت.",
)
COURSE_ELIGIBILITY = T(
    "Für Erwachsene mit Berechtigung oder Verpflichtung durch BAMF, Jobcenter oder "
    "Ausländerbehörde; freie Plätze auch für Selbstzahlende.",
    "For adults entitled or obliged to attend by the BAMF, the Jobcenter or the immigration "
    "office; free places also for self-payers.",
    "للبالغين الذين يحق لهم أو يُطلب منهم الحضور من قبل المكتب الاتحادي للهجرة واللاجئين "
    "أو الجوب سنتر أو دائرة الأجانب، وتتوفر أماكن أيضًا لمن يدفعون بأنفسهم.",
)
COURSE_COST = (("free", 5), ("reduced", 4), ("fee", 1))

LEARNING = {
    "sprachkurse": (
        Kind(
            titles=(
                T(
                    "Allgemeiner Integrationskurs ({level})",
                    "General integration course ({level})",
                    "دورة الاندماج العامة ({level})",
                ),
                T(
                    "Integrationskurs am Vormittag",
                    "Morning integration course",
                    "دورة اندماج صباحية",
                ),
                T(
                    "Integrationskurs mit Kinderbetreuung",
                    "Integration course with childcare",
                    "دورة اندماج مع رعاية الأطفال",
                ),
            ),
            summaries=(
                T(
                    "Deutsch lernen in kleinen Gruppen, mit Prüfung am Ende des Kurses.",
                    "Learn German in small groups, with an exam at the end of the course.",
                    "تعلّم اللغة الألمانية في مجموعات صغيرة، مع امتحان في نهاية الدورة.",
                ),
                T(
                    "Sprachkurs und Orientierungskurs über Leben, Geschichte und Recht in Deutschland.",
                    "Language course plus an orientation course on life, history and law in Germany.",
                    "دورة لغة مع دورة توجيهية عن الحياة والتاريخ والقانون في ألمانيا.",
                ),
            ),
            details=(
                T(
                    "Der Kurs hat 600 Unterrichtsstunden Deutsch und 100 Stunden Orientierungskurs.",
                    "The course has 600 lessons of German and 100 lessons of orientation.",
                    "تتضمن الدورة 600 حصة لغة ألمانية و100 حصة توجيهية.",
                ),
                T(
                    "Vor Kursbeginn machen wir einen kurzen Einstufungstest.",
                    "Before the course starts we do a short placement test.",
                    "قبل بدء الدورة نجري اختبار تحديد مستوى قصيرًا.",
                ),
                T(
                    "Die Lehrkräfte erklären bei Bedarf auch auf Englisch oder Arabisch.",
                    "If needed, the teachers also explain in English or Arabic.",
                    "يشرح المعلمون عند الحاجة باللغة الإنجليزية أو العربية أيضًا.",
                ),
                T(
                    "Am Ende stehen der Deutsch-Test für Zuwanderer und der Test „Leben in Deutschland“.",
                    "The course ends with the German test for immigrants and the “Life in Germany” test.",
                    "تنتهي الدورة باختبار اللغة الألمانية للمهاجرين واختبار «الحياة في ألمانيا».",
                ),
            ),
            providers=("vhs", "sprachschule", "awo"),
            hours="course_morning",
            weight=6,
            cost=COURSE_COST,
            registration=REGISTER_COURSE,
            eligibility=COURSE_ELIGIBILITY,
        ),
        Kind(
            titles=(
                T(
                    "Deutsch am Abend ({level})",
                    "German in the evening ({level})",
                    "اللغة الألمانية مساءً ({level})",
                ),
                T(
                    "Deutschkurs für Berufstätige ({level})",
                    "German course for people in work ({level})",
                    "دورة لغة ألمانية للعاملين ({level})",
                ),
            ),
            summaries=(
                T(
                    "Deutsch lernen nach der Arbeit, zweimal pro Woche.",
                    "Learn German after work, twice a week.",
                    "تعلّم اللغة الألمانية بعد العمل، مرتين في الأسبوع.",
                ),
            ),
            details=(
                T(
                    "Der Kurs passt zu Schichtarbeit: verpasste Stunden können Sie nachholen.",
                    "The course suits shift work: you can make up for missed lessons.",
                    "تناسب الدورة العمل بنظام الورديات: يمكنك تعويض الحصص الفائتة.",
                ),
                T(
                    "Lehrbuch und Arbeitsheft bekommen Sie in der ersten Stunde.",
                    "You receive the textbook and workbook in the first lesson.",
                    "تحصل على الكتاب ودفتر التمارين في الحصة الأولى.",
                ),
                T(
                    "Die Gruppen haben höchstens 16 Teilnehmende.",
                    "Groups have no more than 16 participants.",
                    "لا يزيد عدد المشاركين في المجموعة على 16 شخصًا.",
                ),
            ),
            providers=("vhs", "sprachschule"),
            hours="course_evening",
            weight=3,
            cost=(("reduced", 2), ("fee", 3)),
            registration=REGISTER_COURSE,
        ),
        Kind(
            titles=(
                T(
                    "Alphabetisierungskurs Deutsch",
                    "German literacy course",
                    "دورة محو الأمية باللغة الألمانية",
                ),
                T(
                    "Lesen und Schreiben lernen",
                    "Learning to read and write",
                    "تعلّم القراءة والكتابة",
                ),
            ),
            summaries=(
                T(
                    "Lesen und Schreiben lernen in lateinischer Schrift, Schritt für Schritt.",
                    "Learn to read and write in the Latin alphabet, step by step.",
                    "تعلّم القراءة والكتابة بالحروف اللاتينية خطوة بخطوة.",
                ),
            ),
            details=(
                T(
                    "Der Kurs ist für Menschen, die wenig oder nie zur Schule gegangen sind.",
                    "The course is for people who went to school little or never.",
                    "الدورة مخصصة لمن لم يذهبوا إلى المدرسة أو ذهبوا إليها قليلًا.",
                ),
                T(
                    "Wir lernen langsam, mit Bildern und vielen Wiederholungen.",
                    "We learn slowly, with pictures and lots of repetition.",
                    "نتعلّم ببطء، بالصور والكثير من التكرار.",
                ),
                T(
                    "Auch wer schon in einer anderen Schrift lesen kann, ist willkommen.",
                    "People who already read another script are welcome too.",
                    "نرحب أيضًا بمن يجيدون القراءة بخط آخر.",
                ),
            ),
            providers=("vhs", "awo", "caritas"),
            hours="course_morning",
            weight=2,
            cost=(("free", 1),),
            registration=REGISTER_COURSE,
        ),
        Kind(
            titles=(
                T("Sprachcafé {town}", "Language café {town}", "مقهى اللغة في {town}"),
                T(
                    "Deutsch sprechen beim Kaffee",
                    "Speaking German over coffee",
                    "نتحدث الألمانية مع فنجان قهوة",
                ),
                T(
                    "Konversationskreis Deutsch",
                    "German conversation circle",
                    "حلقة محادثة باللغة الألمانية",
                ),
            ),
            summaries=(
                T(
                    "Deutsch sprechen üben in entspannter Runde, ohne Anmeldung.",
                    "Practise speaking German in a relaxed group, no registration needed.",
                    "تدرّب على التحدث بالألمانية في جو مريح، دون تسجيل مسبق.",
                ),
                T(
                    "Ehrenamtliche helfen beim Sprechen, Schreiben und bei Briefen.",
                    "Volunteers help with speaking, writing and letters.",
                    "يساعد متطوعون في التحدث والكتابة وفهم الرسائل.",
                ),
            ),
            details=(
                T(
                    "Jede Woche gibt es ein anderes Thema, zum Beispiel Einkaufen oder Arzt.",
                    "Every week there is a new topic, for example shopping or seeing a doctor.",
                    "في كل أسبوع موضوع جديد، مثل التسوق أو زيارة الطبيب.",
                ),
                T(
                    "Kinder dürfen mitkommen; es gibt eine Spielecke.",
                    "Children may come along; there is a play corner.",
                    "يمكن إحضار الأطفال، وتوجد زاوية للعب.",
                ),
                T(
                    "Kaffee, Tee und Gebäck sind kostenlos.",
                    "Coffee, tea and biscuits are free.",
                    "القهوة والشاي والكعك مجانًا.",
                ),
            ),
            providers=("fluechtlingshilfe", "bibliothek", "kulturverein", "caritas"),
            hours="weekly_afternoon",
            weight=4,
        ),
        Kind(
            titles=(
                T(
                    "Online-Deutschkurs ({level})",
                    "Online German course ({level})",
                    "دورة لغة ألمانية عبر الإنترنت ({level})",
                ),
            ),
            summaries=(
                T(
                    "Deutsch lernen von zu Hause, mit Lehrkraft im Videokurs.",
                    "Learn German from home, with a teacher in a video class.",
                    "تعلّم اللغة الألمانية من المنزل مع معلم في دورة بالفيديو.",
                ),
            ),
            details=(
                T(
                    "Sie brauchen ein Smartphone, Tablet oder einen Computer mit Internet.",
                    "You need a smartphone, tablet or computer with internet access.",
                    "تحتاج إلى هاتف ذكي أو جهاز لوحي أو حاسوب متصل بالإنترنت.",
                ),
                T(
                    "Vor dem Start zeigen wir Ihnen, wie die Lernplattform funktioniert.",
                    "Before the start we show you how the learning platform works.",
                    "قبل البدء نشرح لك كيفية استخدام منصة التعلّم.",
                ),
            ),
            providers=("vhs", "sprachschule"),
            hours="course_evening",
            weight=1,
            cost=(("reduced", 1), ("fee", 1)),
            registration=REGISTER_COURSE,
            online_share=1.0,
        ),
    ),
    "kinderbetreuung": (
        Kind(
            titles=(
                T(
                    "Kita-Platz und Anmeldung",
                    "Day-care places and registration",
                    "أماكن الحضانة والتسجيل",
                ),
                T(
                    "Kindertagesstätte mit Familienzentrum",
                    "Day-care centre with family centre",
                    "حضانة أطفال مع مركز للعائلة",
                ),
            ),
            summaries=(
                T(
                    "Betreuung für Kinder von 1 bis 6 Jahren, mit Mittagessen.",
                    "Care for children aged 1 to 6, with lunch.",
                    "رعاية الأطفال من عمر سنة إلى 6 سنوات، مع وجبة الغداء.",
                ),
                T(
                    "Wir beraten Eltern zur Kita-Anmeldung über das Kita-Portal.",
                    "We help parents register for day care through the online portal.",
                    "نساعد الآباء والأمهات في تسجيل أطفالهم في الحضانة عبر البوابة الإلكترونية.",
                ),
            ),
            details=(
                T(
                    "Jedes Kind hat ab dem ersten Geburtstag einen Anspruch auf einen Betreuungsplatz.",
                    "From their first birthday every child has a right to a place in day care.",
                    "لكل طفل ابتداءً من عيد ميلاده الأول الحق في مكان في الحضانة.",
                ),
                T(
                    "Für die Anmeldung brauchen Sie die Geburtsurkunde und den Impfnachweis.",
                    "To register you need the birth certificate and proof of vaccination.",
                    "للتسجيل تحتاج إلى شهادة الميلاد وإثبات التطعيم.",
                ),
                T(
                    "Unsere Erzieherinnen sprechen auch Türkisch, Arabisch und Russisch.",
                    "Our educators also speak Turkish, Arabic and Russian.",
                    "تتحدث مربياتنا أيضًا التركية والعربية والروسية.",
                ),
            ),
            providers=("kita", "drk"),
            hours="kita",
            weight=4,
            cost=(("free", 2), ("reduced", 3)),
            registration=T(
                "Anmeldung über das Kita-Portal der Stadt oder persönlich in der Kita.",
                "Register through the town's online day-care portal or in person at the centre.",
                "التسجيل عبر بوابة الحضانات الإلكترونية للمدينة أو شخصيًا في الحضانة.",
            ),
            eligibility=T(
                "Für Familien mit Wohnsitz in der Stadt.",
                "For families living in the town.",
                "للعائلات المقيمة في المدينة.",
            ),
            target_groups=("familien", "kinder"),
        ),
        Kind(
            titles=(
                T("Eltern-Kind-Gruppe", "Parent and child group", "مجموعة الآباء والأطفال"),
                T(
                    "Spielgruppe für Kleinkinder",
                    "Play group for toddlers",
                    "مجموعة لعب للأطفال الصغار",
                ),
                T(
                    "Brückenprojekt: Spielen und Ankommen",
                    "Bridge project: play and settle in",
                    "مشروع الجسر: اللعب والاستقرار",
                ),
            ),
            summaries=(
                T(
                    "Spielen, singen und andere Familien kennenlernen, für Kinder unter 3 Jahren.",
                    "Play, sing and meet other families, for children under 3.",
                    "اللعب والغناء والتعرف على عائلات أخرى، للأطفال دون سن الثالثة.",
                ),
                T(
                    "Ein erster Schritt in die Betreuung, solange noch kein Kita-Platz frei ist.",
                    "A first step into childcare while there is no day-care place yet.",
                    "خطوة أولى نحو رعاية الأطفال ريثما يتوفر مكان في الحضانة.",
                ),
            ),
            details=(
                T(
                    "Ein Elternteil bleibt während der Gruppe dabei.",
                    "One parent stays during the group.",
                    "يبقى أحد الوالدين مع الطفل طوال وقت المجموعة.",
                ),
                T(
                    "Die Gruppe hilft Kindern, sich an Deutsch und an andere Kinder zu gewöhnen.",
                    "The group helps children get used to German and to other children.",
                    "تساعد المجموعة الأطفال على التعود على اللغة الألمانية وعلى الأطفال الآخرين.",
                ),
                T(
                    "Bringen Sie bitte Hausschuhe und etwas zu trinken für Ihr Kind mit.",
                    "Please bring slippers and something to drink for your child.",
                    "يرجى إحضار خُفّ منزلي وشيء للشرب لطفلك.",
                ),
            ),
            providers=("familienbildung", "drk", "kita", "caritas"),
            hours="weekly_morning",
            weight=3,
            target_groups=("familien", "kinder"),
        ),
    ),
    "schule": (
        Kind(
            titles=(
                T("Hausaufgabenhilfe", "Homework help", "المساعدة في الواجبات المدرسية"),
                T(
                    "Lernhilfe für Schulkinder",
                    "Learning support for schoolchildren",
                    "دعم تعليمي لتلاميذ المدارس",
                ),
            ),
            summaries=(
                T(
                    "Ehrenamtliche helfen Schulkindern bei Hausaufgaben und beim Lernen.",
                    "Volunteers help schoolchildren with homework and learning.",
                    "يساعد متطوعون تلاميذ المدارس في الواجبات المنزلية والدراسة.",
                ),
            ),
            details=(
                T(
                    "Die Hilfe gibt es für die Klassen 1 bis 10, vor allem in Deutsch und Mathematik.",
                    "Help is available for grades 1 to 10, above all in German and maths.",
                    "تتوفر المساعدة للصفوف من الأول إلى العاشر، وخاصة في اللغة الألمانية والرياضيات.",
                ),
                T(
                    "Bringen Sie bitte Hefte und Bücher aus der Schule mit.",
                    "Please bring exercise books and school books.",
                    "يرجى إحضار الدفاتر والكتب المدرسية.",
                ),
                T(
                    "Eltern können bei Fragen zur Schule gern dazukommen.",
                    "Parents are welcome to come along with questions about school.",
                    "نرحب بالآباء والأمهات الذين لديهم أسئلة حول المدرسة.",
                ),
            ),
            providers=("fluechtlingshilfe", "kulturverein", "bibliothek", "jmd"),
            hours="weekly_afternoon",
            weight=3,
            target_groups=("kinder", "jugendliche"),
        ),
        Kind(
            titles=(
                T(
                    "Beratung zur Schulanmeldung",
                    "Advice on school registration",
                    "استشارة حول التسجيل في المدرسة",
                ),
                T(
                    "Seiteneinstieg in die Schule",
                    "Joining school in Germany later",
                    "الالتحاق بالمدرسة في سن متأخرة",
                ),
            ),
            summaries=(
                T(
                    "Welche Schule passt zu meinem Kind? Wir beraten und helfen bei der Anmeldung.",
                    "Which school suits my child? We advise and help with registration.",
                    "أي مدرسة تناسب طفلي؟ نقدم المشورة ونساعد في التسجيل.",
                ),
            ),
            details=(
                T(
                    "Kinder und Jugendliche zwischen 6 und 18 Jahren sind in Deutschland schulpflichtig.",
                    "In Germany children and young people between 6 and 18 must attend school.",
                    "التعليم إلزامي في ألمانيا للأطفال والشباب بين 6 و18 عامًا.",
                ),
                T(
                    "Wir erklären das Schulsystem und begleiten Sie bei Bedarf zum ersten Termin.",
                    "We explain the school system and, if needed, go with you to the first "
                    "appointment.",
                    "نشرح النظام المدرسي ونرافقك عند الحاجة إلى الموعد الأول.",
                ),
                T(
                    "Zeugnisse aus dem Herkunftsland bringen Sie bitte mit, wenn Sie welche haben.",
                    "Please bring school reports from your home country if you have any.",
                    "يرجى إحضار الشهادات المدرسية من بلدك الأصلي إن وجدت.",
                ),
            ),
            providers=("ki_zentrum", "gesamtschule", "stadt"),
            hours="office",
            weight=2,
            registration=T(
                "Bitte vereinbaren Sie einen Termin telefonisch.",
                "Please make an appointment by phone.",
                "يرجى تحديد موعد عبر الهاتف.",
            ),
            target_groups=("familien", "kinder", "jugendliche"),
        ),
    ),
}
