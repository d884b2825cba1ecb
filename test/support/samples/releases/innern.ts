/** Invented sample releases of the Interior Ministry (sample data written for Pressearchiv). */
import { pressContact } from '../sample-contact.js';
import type { SampleRelease } from '../sample-release.js';

const SMI = 'Sächsisches Staatsministerium des Innern';
const wehle = pressContact('Carsten Wehle', '+49 351 564 30430', 'smi.sachsen.de');
const tzschoppe = pressContact('Ulrike Tzschoppe', '+49 351 564 30437', 'smi.sachsen.de');

export const INNERN_RELEASES: SampleRelease[] = [
  {
    key: '2023-02-15-smi-polizeiausbildung',
    sender: SMI,
    senderShort: 'SMI',
    date: '2023-02-15',
    title: 'Mehr Nachwuchs für die Polizei: 700 Anwärterinnen und Anwärter beginnen ihre Ausbildung',
    subtitle: 'Größter Einstellungsjahrgang seit der Polizeireform',
    contact: wehle,
    body: [
      'An der Polizeifachschule Schneeberg, am Polizeifachschulstandort Leipzig und an der Hochschule der Sächsischen Polizei in Rothenburg/Oberlausitz haben in dieser Woche insgesamt 700 junge Frauen und Männer ihre Ausbildung oder ihr Studium bei der Polizei Sachsen begonnen. Es ist der größte Einstellungsjahrgang seit der Polizeireform.',
      'Von den neuen Anwärterinnen und Anwärtern beginnen 520 die zweieinhalbjährige Ausbildung für den mittleren Polizeivollzugsdienst, 180 nehmen das dreijährige Studium für den gehobenen Dienst auf. Der Frauenanteil liegt bei 31 Prozent. Knapp ein Viertel der Nachwuchskräfte hat vor der Bewerbung bereits eine Berufsausbildung abgeschlossen.',
      '„Wir brauchen junge Menschen, die Verantwortung übernehmen wollen – auf dem Revier in der Stadt genauso wie im ländlichen Raum“, sagte der Landespolizeipräsident bei der Begrüßung in Schneeberg. Die Einstellungszahlen sollen auch in den kommenden Jahren auf hohem Niveau bleiben, da bis 2030 mehr als 3.000 Polizeibedienstete in den Ruhestand gehen.',
      'Neu im Lehrplan sind in diesem Jahrgang Module zum Umgang mit digitalen Beweismitteln und zur Kommunikation in Einsätzen mit Menschen in psychischen Krisen. Die Bewerbungsphase für den Einstellungstermin im Herbst 2023 läuft noch bis zum 31. März. Informationen gibt es auf www.polizei.sachsen.de/karriere.',
    ],
    formats: ['pdf'],
    topics: ['Sicherheit und Polizei', 'Bildung'],
  },
  {
    key: '2024-04-03-smi-feuerwehrfahrzeuge',
    sender: SMI,
    senderShort: 'SMI',
    date: '2024-04-03',
    title: 'Förderung für Feuerwehrfahrzeuge: 24 Millionen Euro für Kommunen',
    subtitle: '137 Gemeinden erhalten Zuschüsse für Löschfahrzeuge, Gerätehäuser und Ausrüstung',
    contact: tzschoppe,
    body: [
      'Das Innenministerium unterstützt die Städte und Gemeinden auch in diesem Jahr bei der Ausstattung ihrer Feuerwehren. Insgesamt 137 Kommunen erhalten Zuwendungen in Höhe von zusammen 24 Millionen Euro. Mit dem Geld werden 96 Fahrzeuge beschafft, darunter 41 Löschgruppenfahrzeuge und 12 Tanklöschfahrzeuge, sowie 18 Feuerwehrgerätehäuser neu gebaut oder saniert.',
      'Die Förderung richtet sich nach der Förderrichtlinie Feuerwehr. Bei Fahrzeugen übernimmt der Freistaat in der Regel einen Festbetrag, der je nach Fahrzeugtyp zwischen 90.000 und 240.000 Euro liegt. Für Gerätehäuser werden bis zu 60 Prozent der förderfähigen Kosten erstattet. Gemeinden, die gemeinsam beschaffen oder ein Gerätehaus für mehrere Ortsfeuerwehren bauen, erhalten einen Zuschlag.',
      '„Rund 42.000 Kameradinnen und Kameraden in den Freiwilligen Feuerwehren sind rund um die Uhr für ihre Mitmenschen da“, sagte Referatsleiter Frank Gebauer, der die Bescheide in Mittweida überreichte. „Sie haben ein Recht auf moderne Technik und sichere Gerätehäuser.“',
      'Anträge für das Förderjahr 2025 können die Kommunen bis zum 30. September 2024 bei der Landesdirektion Sachsen stellen. Eine Übersicht über alle geförderten Vorhaben ist im Förderportal des Freistaates veröffentlicht.',
    ],
    formats: ['html'],
    topics: ['Sicherheit und Polizei'],
  },
  {
    key: '2025-09-09-smi-warntag',
    sender: SMI,
    senderShort: 'SMI',
    date: '2025-09-09',
    title: 'Warntag am Donnerstag: Sirenen und Handy-Warnungen werden erprobt',
    subtitle: 'Probealarm um 11 Uhr in ganz Sachsen',
    contact: wehle,
    body: [
      'Am Donnerstag, dem 11. September 2025, beteiligt sich Sachsen am bundesweiten Warntag. Um 11 Uhr werden landesweit Sirenen ausgelöst und Probewarnungen über Cell Broadcast, die Warn-Apps NINA und KATWARN sowie über Radio und Fernsehen verbreitet. Gegen 11.45 Uhr folgt die Entwarnung.',
      'Die Sirenen geben zunächst einen einminütigen auf- und abschwellenden Heulton zur Warnung ab. Die Entwarnung erfolgt mit einem einminütigen Dauerton. Auf Mobiltelefonen erscheint eine Nachricht mit dem Hinweis „Probewarnung“, die von einem lauten Signalton begleitet wird, auch wenn das Gerät stummgeschaltet ist.',
      'In den vergangenen Jahren hat der Freistaat den Ausbau des Sirenennetzes mit zusammen mehr als 11 Millionen Euro unterstützt. Inzwischen verfügen 94 Prozent der sächsischen Gemeinden über steuerbare Sirenen. „Der Warntag zeigt uns, wo die Technik funktioniert und wo wir nachbessern müssen“, sagte Ulrike Tzschoppe, Sprecherin des Innenministeriums. „Jede Rückmeldung hilft.“',
      'Bürgerinnen und Bürger können nach dem Warntag unter www.warntag-umfrage.de angeben, ob und wie sie die Warnung erhalten haben. Die Ergebnisse werden gemeinsam mit dem Bundesamt für Bevölkerungsschutz und Katastrophenhilfe ausgewertet.',
    ],
    formats: ['pdf', 'html'],
    topics: ['Sicherheit und Polizei'],
  },
];
