"""Phrases for the area Arbeiten / Working."""

from .catalogue import Kind
from .phrases_counselling import BY_APPOINTMENT, INTERPRETERS
from .text import T

BRING_CERTIFICATES = T(
    "Bringen Sie bitte Zeugnisse und Nachweise mit, auch in der Originalsprache.",
    "Please bring certificates and records, also in the original language.",
    "يرجى إحضار الشهادات والوثائق، حتى لو كانت بلغتها الأصلية.",
)

WORKING = {
    "arbeitssuche": (
        Kind(
            titles=(
                T("Bewerbungswerkstatt", "Job application workshop", "ورشة طلبات التوظيف"),
                T(
                    "Hilfe bei Lebenslauf und Bewerbung",
                    "Help with CVs and applications",
                    "المساعدة في السيرة الذاتية وطلب التوظيف",
                ),
            ),
            summaries=(
                T(
                    "Gemeinsam Lebenslauf und Anschreiben erstellen und online bewerben.",
                    "Write your CV and cover letter together with us and apply online.",
                    "نكتب معك السيرة الذاتية ورسالة التقديم ونقدّم الطلب عبر الإنترنت.",
                ),
            ),
            details=(
                T(
                    "Computer und Drucker stehen zur Verfügung.",
                    "Computers and a printer are available.",
                    "تتوفر أجهزة حاسوب وطابعة.",
                ),
                T(
                    "Wir üben auch Vorstellungsgespräche.",
                    "We also practise job interviews.",
                    "نتدرب أيضًا على مقابلات العمل.",
                ),
                BRING_CERTIFICATES,
            ),
            providers=("awo", "caritas", "diakonie", "jobcenter"),
            hours="weekly_morning",
            weight=3,
        ),
        Kind(
            titles=(
                T(
                    "Jobcenter: Arbeitsvermittlung",
                    "Jobcenter: job placement",
                    "الجوب سنتر: التوظيف",
                ),
                T(
                    "Beratung zu Arbeit und Bürgergeld",
                    "Advice on work and citizen's benefit",
                    "استشارة حول العمل وإعانة المواطن",
                ),
            ),
            summaries=(
                T(
                    "Ihre Ansprechperson im Jobcenter hilft bei Arbeit, Kursen und Leistungen.",
                    "Your contact person at the Jobcenter helps with work, courses and benefits.",
                    "يساعدك الشخص المسؤول عنك في الجوب سنتر في العمل والدورات والإعانات.",
                ),
            ),
            details=(
                T(
                    "Bringen Sie bitte die Einladung und Ihren Ausweis mit.",
                    "Please bring the invitation and your ID.",
                    "يرجى إحضار الدعوة وبطاقة الهوية.",
                ),
                T(
                    "Viele Anliegen können Sie auch online über jobcenter.digital erledigen.",
                    "Many matters can also be handled online via jobcenter.digital.",
                    "يمكن إنجاز كثير من المعاملات أيضًا عبر الإنترنت على jobcenter.digital.",
                ),
                INTERPRETERS,
            ),
            providers=("jobcenter",),
            hours="office",
            weight=3,
            registration=T(
                "Mit Termin; neue Kundinnen und Kunden melden sich am Empfang.",
                "By appointment; new clients report to the reception desk.",
                "بموعد، ويتوجه العملاء الجدد إلى مكتب الاستقبال.",
            ),
            eligibility=T(
                "Für Menschen, die Bürgergeld beziehen oder beantragen.",
                "For people who receive or apply for citizen's benefit.",
                "للأشخاص الذين يحصلون على إعانة المواطن أو يتقدمون بطلب للحصول عليها.",
            ),
            online_share=0.05,
        ),
        Kind(
            titles=(
                T("Jobbörse für Geflüchtete", "Job fair for refugees", "معرض توظيف للاجئين"),
                T(
                    "Arbeitgeber-Speeddating",
                    "Speed-dating with employers",
                    "لقاءات سريعة مع أصحاب العمل",
                ),
            ),
            summaries=(
                T(
                    "Betriebe aus der Region stellen sich vor und suchen Mitarbeitende.",
                    "Local companies present themselves and look for staff.",
                    "تعرّف الشركات المحلية بنفسها وتبحث عن موظفين.",
                ),
            ),
            details=(
                T(
                    "Bringen Sie mehrere Lebensläufe mit.",
                    "Bring several copies of your CV.",
                    "أحضر عدة نسخ من سيرتك الذاتية.",
                ),
                T(
                    "Dolmetscherinnen und Dolmetscher sind vor Ort.",
                    "Interpreters are there on the day.",
                    "يتواجد مترجمون ومترجمات في المكان.",
                ),
            ),
            providers=("arbeitsagentur", "jobcenter", "ki_zentrum"),
            hours="weekly_morning",
            weight=1,
        ),
    ),
    "ausbildung": (
        Kind(
            titles=(
                T("Ausbildungsberatung", "Apprenticeship advice", "استشارة التدريب المهني"),
                T(
                    "Berufsorientierung für junge Geflüchtete",
                    "Career orientation for young refugees",
                    "التوجيه المهني للشباب اللاجئين",
                ),
            ),
            summaries=(
                T(
                    "Welche Ausbildung passt zu mir? Beratung, Praktika und Hilfe bei der Bewerbung.",
                    "Which apprenticeship suits me? Advice, internships and help with applying.",
                    "أي تدريب مهني يناسبني؟ استشارة وتدريب عملي ومساعدة في التقديم.",
                ),
            ),
            details=(
                T(
                    "Eine Ausbildung dauert meist drei Jahre und wird bezahlt.",
                    "An apprenticeship usually takes three years and is paid.",
                    "يستمر التدريب المهني عادة ثلاث سنوات ويكون مدفوع الأجر.",
                ),
                T(
                    "Wir informieren auch über die Ausbildungsduldung.",
                    "We also explain the toleration permit for apprentices.",
                    "نقدم أيضًا معلومات عن تصريح التسامح الخاص بالتدريب المهني.",
                ),
                BRING_CERTIFICATES,
            ),
            providers=("arbeitsagentur", "jmd", "handwerkskammer"),
            hours="counselling",
            weight=3,
            registration=BY_APPOINTMENT,
            target_groups=("jugendliche", "junge-erwachsene"),
        ),
        Kind(
            titles=(
                T(
                    "Qualifizierung in der Pflege",
                    "Qualification in care work",
                    "التأهيل في مجال الرعاية",
                ),
                T(
                    "Staplerschein und Lagerlogistik",
                    "Forklift licence and warehouse logistics",
                    "رخصة الرافعة الشوكية والخدمات اللوجستية للمستودعات",
                ),
                T("Computerkurs für den Beruf", "Computer skills for work", "دورة حاسوب للعمل"),
            ),
            summaries=(
                T(
                    "Eine berufliche Weiterbildung mit Praktikum, gefördert mit Bildungsgutschein.",
                    "Vocational training with an internship, funded by an education voucher.",
                    "تدريب مهني مع تدريب عملي، ممول بقسيمة تعليمية.",
                ),
            ),
            details=(
                T(
                    "Deutschkenntnisse ab Niveau A2 sind hilfreich.",
                    "German at level A2 or above is helpful.",
                    "من المفيد إتقان اللغة الألمانية بمستوى A2 أو أعلى.",
                ),
                T(
                    "Am Ende bekommen Sie ein anerkanntes Zertifikat.",
                    "At the end you receive a recognised certificate.",
                    "في النهاية تحصل على شهادة معترف بها.",
                ),
            ),
            providers=("vhs", "bildungstraeger"),
            hours="course_morning",
            weight=2,
            cost=(("free", 3), ("fee", 1)),
            registration=T(
                "Anmeldung nach einem Beratungsgespräch; den Bildungsgutschein gibt es beim "
                "Jobcenter oder der Agentur für Arbeit.",
                "Register after an advice meeting; the Jobcenter or employment agency issues "
                "the education voucher.",
                "التسجيل بعد جلسة استشارة، وتصدر القسيمة التعليمية من الجوب سنتر أو وكالة العمل.",
            ),
        ),
    ),
    "anerkennung": (
        Kind(
            titles=(
                T("Anerkennungsberatung", "Recognition advice", "استشارة الاعتراف بالشهادات"),
                T(
                    "Beratung zur Anerkennung von Berufsabschlüssen",
                    "Advice on recognising vocational qualifications",
                    "استشارة حول الاعتراف بالمؤهلات المهنية",
                ),
            ),
            summaries=(
                T(
                    "Wir prüfen mit Ihnen, ob und wie Ihr Abschluss in Deutschland anerkannt wird.",
                    "Together we check whether and how your qualification can be recognised in "
                    "Germany.",
                    "نتحقق معك مما إذا كان مؤهلك يمكن الاعتراف به في ألمانيا وكيف.",
                ),
            ),
            details=(
                BRING_CERTIFICATES,
                T(
                    "Wir sagen Ihnen, welche Stelle zuständig ist und welche Kosten entstehen.",
                    "We tell you which office is responsible and what it costs.",
                    "نخبرك بالجهة المختصة وبالتكاليف المترتبة.",
                ),
                T(
                    "Für die Kosten gibt es Zuschüsse, zum Beispiel den Anerkennungszuschuss.",
                    "Grants are available for the costs, for example the recognition grant.",
                    "تتوفر منح لتغطية التكاليف، مثل منحة الاعتراف.",
                ),
            ),
            providers=("ki_zentrum", "handwerkskammer", "caritas"),
            hours="counselling",
            weight=2,
            registration=BY_APPOINTMENT,
            online_share=0.15,
        ),
    ),
}
