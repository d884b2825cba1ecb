/** Invented sample releases of the Social Ministry (sample data written for Pressearchiv). */
import { pressContact } from '../sample-contact.js';
import type { SampleRelease } from '../sample-release.js';
import { OPEN_DAY_TITLE } from './kultus.js';

/** Name from 20 Dec 2019 to 18 Dec 2024. */
const SMS_2019 = 'Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt';
const SMS = 'Sächsisches Staatsministerium für Soziales, Gesundheit und Gesellschaftlichen Zusammenhalt';
const hanisch = pressContact('Friederike Hanisch', '+49 351 564 56030', 'sms.sachsen.de');
const uhlig = pressContact('Robert Uhlig', '+49 351 564 56034', 'sms.sachsen.de');

export const SOZIALES_RELEASES: SampleRelease[] = [
  {
    key: '2022-03-14-sms-pflegeausbildung',
    sender: SMS_2019,
    senderShort: 'SMS',
    date: '2022-03-14',
    title: 'Pflegeausbildung: Zahl der Auszubildenden steigt',
    subtitle: 'Zwei Jahre nach dem Start der generalistischen Ausbildung zieht das Sozialministerium Bilanz',
    contact: hanisch,
    body: [
      'Immer mehr junge Menschen in Sachsen entscheiden sich für eine Ausbildung in der Pflege. Im Jahr 2021 haben 4.370 Frauen und Männer die neue generalistische Ausbildung zur Pflegefachfrau oder zum Pflegefachmann begonnen, rund sechs Prozent mehr als im Vorjahr. Insgesamt befinden sich derzeit mehr als 10.500 Menschen in einer Pflegeausbildung.',
      'Seit 2020 werden die bisher getrennten Ausbildungen in der Alten-, Kranken- und Kinderkrankenpflege gemeinsam angeboten. Die Auszubildenden lernen in Krankenhäusern, Pflegeheimen und ambulanten Diensten und können sich im letzten Ausbildungsdrittel spezialisieren. Der Abschluss wird in allen Staaten der Europäischen Union anerkannt.',
      '„Die Zahlen machen Mut, aber der Bedarf wächst schneller“, sagte Referatsleiterin Dr. Kerstin Schubert. Bis 2030 werden in Sachsen nach Schätzungen des Ministeriums rund 20.000 zusätzliche Pflegekräfte gebraucht. Besonders gesucht sind Fachkräfte in der ambulanten Pflege im ländlichen Raum.',
      'Sorgen bereitet die Zahl der Ausbildungsabbrüche, die bei knapp einem Viertel liegt. Das Ministerium fördert deshalb Praxisanleiterinnen und Praxisanleiter in den Einrichtungen sowie ein Mentoringprogramm, das Auszubildende im ersten Jahr begleitet. Auch die Zahl der Plätze an den Pflegeschulen wird weiter ausgebaut.',
    ],
    formats: ['pdf'],
    topics: ['Gesundheit', 'Soziales'],
  },
  {
    key: '2023-11-28-sms-stipendien-landaerzte',
    sender: SMS_2019,
    senderShort: 'SMS',
    date: '2023-11-28',
    title: 'Hausärztliche Versorgung: Stipendien für Medizinstudierende im ländlichen Raum',
    subtitle: 'Bis zu 1.000 Euro im Monat für eine spätere Tätigkeit außerhalb der Großstädte',
    contact: uhlig,
    body: [
      'Medizinstudierende, die sich verpflichten, nach ihrer Facharztausbildung mindestens fünf Jahre als Hausärztin oder Hausarzt in einer ländlichen Region Sachsens zu arbeiten, können ab dem Sommersemester 2024 ein Stipendium von bis zu 1.000 Euro im Monat erhalten. Das Programm richtet sich an Studierende aller deutschen Universitäten.',
      'In vielen Regionen Sachsens ist die hausärztliche Versorgung bereits heute angespannt. Knapp ein Drittel der Hausärztinnen und Hausärzte ist älter als 60 Jahre. Besonders in den Landkreisen Görlitz, Nordsachsen und im Erzgebirgskreis finden Praxen oft keine Nachfolge.',
      'Das Stipendium wird für höchstens 48 Monate gezahlt. Neben der finanziellen Unterstützung erhalten die Stipendiatinnen und Stipendiaten eine Patin oder einen Paten aus einer Landarztpraxis und können Famulaturen und Teile des Praktischen Jahres in der Region absolvieren. Die Kassenärztliche Vereinigung Sachsen beteiligt sich an der Finanzierung.',
      'Bewerbungen sind bis zum 31. Januar 2024 möglich. Über die Vergabe entscheidet ein Auswahlgremium, dem Vertreterinnen und Vertreter des Ministeriums, der Kassenärztlichen Vereinigung und der Landesärztekammer angehören. Informationen zu Voraussetzungen und Auswahlverfahren gibt es unter www.gesundheit.sachsen.de.',
    ],
    formats: ['html'],
    topics: ['Gesundheit'],
  },
  {
    key: '2025-02-18-sms-krankenhausplanung',
    sender: SMS,
    senderShort: 'SMS',
    date: '2025-02-18',
    title: 'Krankenhausreform: Sachsen legt Rahmenplan für die Versorgung vor',
    subtitle: 'Alle 76 Standorte sollen erhalten bleiben – Spezialisierung bei planbaren Eingriffen',
    contact: hanisch,
    body: [
      'Das Sozialministerium hat am Dienstag den Entwurf eines Rahmenplans für die Krankenhausversorgung in Sachsen vorgelegt. Er beschreibt, wie die Kliniken im Freistaat auf die Krankenhausreform des Bundes vorbereitet werden sollen, und ordnet den Standorten erstmals sogenannte Leistungsgruppen zu. Der Entwurf wird nun mit den Krankenhausträgern, den Krankenkassen, der Landesärztekammer und den kommunalen Spitzenverbänden beraten.',
      'Zentrales Ziel ist der Erhalt aller 76 Krankenhausstandorte im Freistaat. Nicht jedes Haus soll jedoch künftig alles anbieten. Während die Grund- und Notfallversorgung, die Innere Medizin und die allgemeine Chirurgie flächendeckend erhalten bleiben, werden planbare und komplexe Eingriffe stärker gebündelt. Dazu zählen etwa Operationen an der Bauchspeicheldrüse, die Versorgung von Frühgeborenen mit sehr niedrigem Geburtsgewicht und bestimmte Krebsbehandlungen. Studien zeigen, dass die Behandlungsergebnisse in Häusern mit hohen Fallzahlen besser sind. Das gilt nach Auswertungen der Krankenkassen besonders für Eingriffe, die viel Erfahrung des gesamten Teams erfordern und bei denen Komplikationen rasch erkannt werden müssen. Für Notfälle wie Herzinfarkt und Schlaganfall soll dagegen weiterhin die schnelle Erreichbarkeit im Vordergrund stehen: Kein Einwohner Sachsens soll mehr als 30 Minuten Fahrzeit bis zum nächsten Krankenhaus der Grundversorgung benötigen.',
      '„Wir wollen keine Krankenhäuser schließen, sondern ihnen eine Zukunft geben“, sagte Staatssekretärin Dr. Marlies Reichenbach bei der Vorstellung in Dresden. „Das kleine Krankenhaus im ländlichen Raum bleibt Anlaufstelle für die Menschen vor Ort. Für eine schwierige Operation fährt man dann vielleicht 40 Minuten weiter – und wird dort von einem Team behandelt, das diesen Eingriff jeden Tag macht.“',
      'Für kleinere Häuser eröffnet der Rahmenplan neue Aufgaben. Sie können sich zu sektorenübergreifenden Versorgungszentren entwickeln, in denen ambulante und stationäre Behandlung, Kurzzeitpflege und ärztliche Praxen unter einem Dach angeboten werden. Erste Modellvorhaben sind in Sebnitz, Weißwasser und Oschatz geplant.¹ Die Telemedizin soll die Zusammenarbeit zwischen den Häusern erleichtern: Fachärztinnen und Fachärzte der großen Kliniken können per Videoverbindung hinzugezogen werden, etwa bei Schlaganfällen oder auf Intensivstationen. In Ostsachsen hat sich ein solches Netzwerk für die Schlaganfallversorgung bereits bewährt; es soll nun auf weitere Regionen und Fachgebiete übertragen werden.',
      'Die Umsetzung kostet Geld. Der Freistaat stellt für Investitionen in den Krankenhäusern in den Jahren 2025 und 2026 jeweils 150 Millionen Euro bereit. Hinzu kommen Mittel aus dem Transformationsfonds des Bundes, an dem sich die Länder zur Hälfte beteiligen. Sachsen kann daraus bis 2035 mit rund 1,2 Milliarden Euro rechnen.² Gefördert werden daraus vor allem Vorhaben, mit denen Standorte zusammengeführt, Stationen umgebaut oder neue ambulante Angebote geschaffen werden. Die Krankenhäuser müssen für jedes Vorhaben nachweisen, dass es zur Versorgungsstruktur des Rahmenplans passt. Über die Anträge entscheidet ein Gremium, in dem neben dem Ministerium auch die Krankenkassen und die Krankenhausgesellschaft vertreten sind.',
      'Die Krankenhausgesellschaft Sachsen bezeichnete den Entwurf als „gute Grundlage für die weiteren Gespräche“, mahnte aber eine auskömmliche Finanzierung der Betriebskosten an, für die der Bund zuständig ist. Die Krankenkassen begrüßten die Spezialisierung, forderten jedoch verbindliche Mindestmengen. Kritik kam von einigen Landkreisen, die Einschnitte bei der Geburtshilfe in ihren Häusern befürchten. Das Ministerium sagte zu, Veränderungen in diesem Bereich nur im Einvernehmen mit den Trägern und nach einer Prüfung der Fahrzeiten für werdende Mütter vorzunehmen. Auch die Landesärztekammer verlangte, die Weiterbildung junger Ärztinnen und Ärzte bei der Verteilung der Leistungsgruppen zu berücksichtigen, damit kleinere Häuser für den Nachwuchs attraktiv bleiben.',
      'Die Beratungen über den Entwurf sollen bis zum Sommer abgeschlossen sein. Der Krankenhausplan soll danach vom Kabinett beschlossen werden und zum 1. Januar 2026 in Kraft treten. Die Zuweisung der Leistungsgruppen an die einzelnen Standorte erfolgt anschließend in Bescheiden, gegen die die Träger Rechtsmittel einlegen können.',
    ],
    footnotes: [
      'Die Auswahl der Modellstandorte ist vorläufig und setzt die Zustimmung der jeweiligen Träger voraus.',
      'Schätzung des Sozialministeriums auf Grundlage des Königsteiner Schlüssels.',
    ],
    formats: ['pdf'],
    topics: ['Gesundheit'],
    hyphenation: [
      'Kranken|haus|versorgung',
      'Leistungs|gruppen',
      'Transformations|fonds',
      'Behandlungs|ergebnisse',
      'Kranken|haus|stand|orte',
      'sektoren|über|greifenden',
      'Versorgungs|zentren',
      'Kranken|haus|gesellschaft',
      'Schlag|anfall|versorgung',
      'Landes|ärzte|kammer',
    ],
  },
  {
    key: '2025-08-21-sms-tag-der-offenen-tuer',
    sender: SMS,
    senderShort: 'SMS',
    date: '2025-08-21',
    title: OPEN_DAY_TITLE,
    subtitle: 'Gesundheitschecks, Mitmachaktionen und ein Blick hinter die Kulissen',
    contact: uhlig,
    body: [
      'Das Sozialministerium beteiligt sich am Samstag, dem 23. August 2025, am Tag der offenen Tür der Staatsregierung. Von 10 bis 17 Uhr können Besucherinnen und Besucher das Dienstgebäude an der Albertstraße in Dresden erkunden und mit Mitarbeiterinnen und Mitarbeitern ins Gespräch kommen.',
      'Im Foyer bieten das Deutsche Rote Kreuz und die Landesärztekammer kostenlose Blutdruck- und Blutzuckermessungen an. Der Landesverband der Gehörlosen lädt zu einem Schnupperkurs in Gebärdensprache ein, und an einem Stand der Pflegekassen können sich Angehörige über Entlastungsangebote informieren. Für Kinder gibt es eine Teddyklinik, in der Kuscheltiere verarztet werden.',
      'Um 11 und um 15 Uhr führen Beschäftigte durch das Haus und erklären, wie ein Gesetz im Ministerium entsteht – vom ersten Entwurf bis zur Beratung im Landtag. Das Haus ist barrierefrei zugänglich, für Führungen in Gebärdensprache wird um Anmeldung gebeten.',
      'Wer mit dem Fahrrad kommt, findet Abstellplätze im Innenhof. Die Haltestellen von Bus und Straßenbahn liegen wenige Gehminuten entfernt. Das vollständige Programm aller beteiligten Ministerien ist auf www.sachsen.de/offenetuer veröffentlicht.',
    ],
    formats: ['html'],
    topics: ['Soziales', 'Gesundheit'],
  },
  {
    key: '2026-10-01-sms-familienzentren',
    sender: SMS,
    senderShort: 'SMS',
    date: '2026-10-01',
    title: 'Familienzentren: Landesprogramm wird bis 2029 verlängert',
    subtitle: '120 Anlaufstellen für Eltern und Kinder erhalten Planungssicherheit',
    contact: hanisch,
    body: [
      'Das Landesprogramm zur Förderung von Familienzentren wird bis Ende 2029 verlängert. Die 120 geförderten Zentren in Kindertagesstätten, Stadtteiltreffs und Mehrgenerationenhäusern erhalten damit Planungssicherheit für weitere drei Jahre. Der Freistaat stellt dafür jährlich 7,2 Millionen Euro bereit.',
      'Familienzentren sind Anlaufstellen für Eltern mit Fragen zur Erziehung, zur Gesundheit ihrer Kinder oder zu finanziellen Hilfen. Sie vermitteln an Beratungsstellen, bieten Elterncafés, Krabbelgruppen und Sprachkurse an und arbeiten eng mit Jugendämtern, Kinderärzten und Schulen zusammen. Im vergangenen Jahr wurden sie nach Angaben der Träger rund 210.000 Mal genutzt.',
      'Eine Auswertung des Programms hat gezeigt, dass die Zentren vor allem Familien erreichen, die klassische Beratungsangebote selten nutzen. „Die Schwelle ist niedrig: Man kommt wegen des Kita-Festes und findet Hilfe beim Kinderzuschlag“, sagte Ines Frenzel, Leiterin eines Familienzentrums in Plauen.',
      'Neu ist ab 2027 ein Zuschlag für Zentren in Gemeinden mit weniger als 5.000 Einwohnern, die häufig mehrere Orte mit mobilen Angeboten versorgen. Anträge für die neue Förderperiode können bis zum 15. November 2026 gestellt werden.',
    ],
    formats: ['pdf'],
    topics: ['Soziales'],
  },
];
