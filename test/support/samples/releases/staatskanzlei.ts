/** Invented sample releases of the Sächsische Staatskanzlei (sample data written for Pressearchiv). */
import { pressContact } from '../sample-contact.js';
import type { SampleRelease } from '../sample-release.js';

const SK = 'Sächsische Staatskanzlei';
const sommer = pressContact('Mareike Sommer', '+49 351 564 10421', 'sk.sachsen.de');
const rehwald = pressContact('Tobias Rehwald', '+49 351 564 10433', 'sk.sachsen.de');

export const STAATSKANZLEI_RELEASES: SampleRelease[] = [
  {
    key: '2022-05-09-sk-europatag',
    sender: SK,
    senderShort: 'SK',
    date: '2022-05-09',
    title: 'Europatag: Bürgerfeste und offene Türen in allen Landkreisen',
    subtitle: 'Staatskanzlei lädt zum Gespräch über die Zukunft der Europäischen Union ein',
    contact: sommer,
    body: [
      'Mit Bürgerfesten, Diskussionsrunden und offenen Türen in Rathäusern, Bibliotheken und Schulen feiert Sachsen in dieser Woche den Europatag. In allen zehn Landkreisen und den drei Kreisfreien Städten laden Vereine, Kommunen und Europa-Informationszentren zu mehr als 120 Veranstaltungen ein. Die Staatskanzlei unterstützt die Aktionswoche mit insgesamt 85.000 Euro.',
      '„Europa ist für viele Menschen in Sachsen längst Alltag: beim Einkauf in Zgorzelec, beim Studium in Liberec oder bei der Arbeit in einem Betrieb, der in ganz Europa liefert“, sagte Staatssekretärin Dr. Annegret Lohse bei der Eröffnung in Görlitz. „Gerade deshalb wollen wir zuhören: Was läuft gut, was muss besser werden?“',
      'Zum Auftakt diskutierten am Montag Schülerinnen und Schüler aus Görlitz, Zgorzelec und Zittau mit Vertreterinnen und Vertretern der Landesregierung über Jugendaustausch, Klimaschutz und Sicherheit. Die Ergebnisse der Gesprächsrunden werden gesammelt und im Herbst in einer Broschüre veröffentlicht.',
      'Einen Überblick über alle Veranstaltungen bietet der Veranstaltungskalender auf www.europa.sachsen.de. Die Teilnahme ist kostenfrei, eine Anmeldung ist nur für einzelne Workshops erforderlich.',
    ],
    formats: ['html'],
    topics: ['Europa und Internationales'],
  },
  {
    key: '2024-09-17-sk-digitalisierung-verwaltung',
    sender: SK,
    senderShort: 'SK',
    date: '2024-09-17',
    title: 'Digitalisierung der Verwaltung: Landesportal bündelt künftig 300 Online-Dienste',
    subtitle: 'Kabinett beschließt Fahrplan für ein digitales Amt bis 2027',
    contact: rehwald,
    body: [
      'Anträge auf Wohngeld, Anmeldungen von Hunden oder Genehmigungen für Veranstaltungen sollen in Sachsen bis Ende 2027 vollständig online möglich sein. Das Kabinett hat am Dienstag den Fahrplan „Digitales Amt 2027“ beschlossen. Kern des Vorhabens ist ein gemeinsames Landesportal, über das Bürgerinnen, Bürger und Unternehmen künftig rund 300 Verwaltungsleistungen von Land und Kommunen erreichen – mit einem Konto, einer Postbox und einem einheitlichen Bezahlverfahren.',
      'Die Digitalisierung der Verwaltung gehört zu den wichtigsten Vorhaben der Staatsregierung in dieser Legislaturperiode. Bisher sind in Sachsen 142 Leistungen vollständig digital verfügbar, viele davon jedoch nur in einzelnen Landkreisen oder auf unterschiedlichen Plattformen. „Wer umzieht, ein Gewerbe anmeldet oder einen Zuschuss beantragt, soll nicht wissen müssen, welche Behörde zuständig ist“, sagte der Beauftragte für Informationstechnologie des Freistaates, Dr. Roland Weidauer. „Das Portal führt die Menschen zur richtigen Stelle, und die Daten fließen im Hintergrund dorthin, wo sie gebraucht werden.“',
      'Der Fahrplan sieht drei Stufen vor. Bis Mitte 2025 werden die 40 am häufigsten genutzten Leistungen, darunter Elterngeld, Wohngeld, Kfz-Zulassung und Bauantrag, in das Landesportal überführt. Bis Ende 2026 folgen weitere 160 Leistungen, vor allem aus den Bereichen Gewerbe, Soziales und Umwelt. In der letzten Stufe werden bis Ende 2027 alle übrigen Angebote angebunden, die Land und Kommunen nach dem Onlinezugangsgesetz bereitstellen müssen.',
      'Für die Kommunen ist die Nutzung der gemeinsamen Basisdienste kostenfrei. Der Freistaat stellt dafür in den Jahren 2025 und 2026 zusammen 48 Millionen Euro bereit. Davon entfallen rund 12 Millionen Euro auf die Förderung kommunaler Digitallotsen, die Ämter bei der Umstellung ihrer Abläufe begleiten. „Die Technik allein macht noch keine moderne Verwaltung“, sagte Dr. Weidauer. „Entscheidend ist, dass die Beschäftigten in den Ämtern mitgenommen werden und die Abläufe hinter dem Formular ebenfalls digital werden.“',
      'Der Sächsische Städte- und Gemeindetag begrüßte den Beschluss. Gerade kleinere Gemeinden seien auf gemeinsame Lösungen angewiesen, da sie eigene Fachverfahren weder entwickeln noch dauerhaft betreiben könnten. Die kommunalen Spitzenverbände werden über einen Lenkungskreis an der Umsetzung beteiligt, der zweimal im Jahr zusammentritt.',
      'Besonderes Augenmerk gilt der Barrierefreiheit. Alle Formulare werden vor der Freischaltung mit Menschen mit Behinderungen getestet und in Leichter Sprache erläutert. Wer keinen Computer besitzt oder Unterstützung benötigt, kann die Online-Dienste weiterhin mit Hilfe der Bürgerbüros nutzen. Der persönliche Behördengang bleibt auch nach 2027 möglich.',
      'Zur Sicherheit der Daten setzt das Land auf die Rechenzentren des Staatsbetriebs Sächsische Informatik Dienste. Die Anmeldung im Landesportal erfolgt über das Nutzerkonto des Bundes, wahlweise mit Online-Ausweis oder einem Elster-Zertifikat. Über den Stand der Umsetzung berichtet die Staatskanzlei dem Landtag jährlich, erstmals im Herbst 2025.',
    ],
    formats: ['pdf', 'html'],
    topics: ['Digitales'],
    hyphenation: ['Verwaltungs|leis|tungen', 'Informations|technologie', 'Landes|portal'],
  },
  {
    key: '2025-03-25-sk-nachbarschaftsstrategie',
    sender: SK,
    senderShort: 'SK',
    date: '2025-03-25',
    title: 'Kabinett beschließt Eckpunkte für die Zusammenarbeit mit Polen und Tschechien',
    subtitle: 'Grenzregionen sollen von gemeinsamen Projekten bei Verkehr, Bildung und Gesundheit profitieren',
    contact: sommer,
    body: [
      'Das Kabinett hat am Dienstag Eckpunkte für eine neue Nachbarschaftsstrategie mit Polen und Tschechien beschlossen. Sie bündelt die Zusammenarbeit der Ressorts mit den Woiwodschaften Niederschlesien und Lebuser Land sowie den Regionen Liberec, Ústí und Karlovy Vary und legt erstmals gemeinsame Ziele bis 2030 fest.',
      'Im Mittelpunkt stehen Vorhaben, die den Alltag in den Grenzregionen unmittelbar erleichtern: abgestimmte Fahrpläne im grenzüberschreitenden Bahn- und Busverkehr, die gegenseitige Anerkennung von Berufsabschlüssen in der Pflege, gemeinsame Rettungsdienstbezirke und zweisprachige Angebote in Kindertagesstätten und Schulen. Für die Umsetzung sollen vor allem Mittel aus den europäischen Kooperationsprogrammen genutzt werden, die bis 2027 rund 280 Millionen Euro für die sächsisch-polnische und sächsisch-tschechische Grenzregion umfassen.',
      '„Die Grenze ist für viele Menschen in der Lausitz und im Erzgebirge kein Hindernis mehr, sondern eine Chance“, sagte Staatssekretär Mirko Thalheim. „Mit der Strategie sorgen wir dafür, dass Verwaltungen auf beiden Seiten nicht nebeneinander, sondern miteinander planen.“',
      'Die Staatskanzlei wird die Eckpunkte in den kommenden Monaten mit den Partnerregionen, den Landkreisen und den Euroregionen beraten. Eine abgestimmte Fassung der Strategie soll dem Kabinett bis Ende 2025 vorgelegt werden.',
    ],
    formats: ['pdf'],
    topics: ['Europa und Internationales'],
  },
  {
    key: '2026-02-10-sk-ehrenamtspreis',
    sender: SK,
    senderShort: 'SK',
    date: '2026-02-10',
    title: 'Sächsischer Ehrenamtspreis 2026: Bewerbungen bis 31. März möglich',
    contact: rehwald,
    body: [
      'Vereine, Initiativen und Einzelpersonen, die sich ehrenamtlich für ihre Nachbarschaft, ihren Ort oder ihre Region einsetzen, können sich ab sofort um den Sächsischen Ehrenamtspreis 2026 bewerben. Der Preis wird in fünf Kategorien vergeben und ist mit insgesamt 50.000 Euro dotiert.',
      'Ausgezeichnet werden in diesem Jahr Projekte aus den Bereichen Sport und Bewegung, Kultur und Heimatpflege, Natur- und Umweltschutz, Hilfe für ältere Menschen sowie Engagement junger Menschen. Neu ist ein Sonderpreis für Initiativen, die Menschen aus unterschiedlichen Generationen zusammenbringen. Vorschläge können auch von Dritten eingereicht werden, etwa von Gemeinden, Schulen oder Kirchgemeinden.',
      '„Ob im Sportverein, bei der Tafel oder in der Dorfbibliothek: Ohne das Ehrenamt wäre Sachsen ärmer“, sagte Staatssekretärin Dr. Annegret Lohse. „Mit dem Preis wollen wir Menschen sichtbar machen, die oft im Hintergrund arbeiten.“',
      'Über die Preisträgerinnen und Preisträger entscheidet eine unabhängige Jury. Die Auszeichnung wird am 12. Juni 2026 in Freiberg verliehen. Bewerbungsunterlagen und Teilnahmebedingungen stehen unter www.ehrenamt.sachsen.de bereit.',
    ],
    formats: ['html'],
    topics: ['Soziales'],
  },
];
