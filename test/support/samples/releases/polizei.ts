/** Invented sample releases of Saxon police directorates (sample data written for Pressearchiv). */
import { pressContact } from '../sample-contact.js';
import type { SampleRelease } from '../sample-release.js';

const rieger = pressContact('Sven Rieger', '+49 341 966 42100', 'polizei.sachsen.de');
const ebert = pressContact('Nadine Ebert', '+49 351 483 22010', 'polizei.sachsen.de');

/** Two releases of one sender with one headline on one day (morning and afternoon report). */
const LEIPZIG_REPORT_TITLE = 'Polizeibericht vom 7. November 2024';

export const POLIZEI_RELEASES: SampleRelease[] = [
  {
    key: '2024-11-07-pd-leipzig-polizeibericht',
    sender: 'Polizeidirektion Leipzig',
    senderShort: 'PD Leipzig',
    date: '2024-11-07',
    place: 'Leipzig',
    title: LEIPZIG_REPORT_TITLE,
    contact: rieger,
    body: [
      'Einbruch in Bäckerei – Ort: Leipzig-Gohlis, Zeit: 06.11.2024, 22:15 Uhr bis 07.11.2024, 04:30 Uhr. Unbekannte sind in der Nacht zu Donnerstag in eine Bäckereifiliale eingebrochen. Sie hebelten die Hintertür auf und entwendeten die Wechselgeldkasse mit etwa 300 Euro. Eine Mitarbeiterin bemerkte den Einbruch am frühen Morgen. Die Kriminalpolizei hat die Ermittlungen wegen besonders schweren Diebstahls aufgenommen.',
      'Radfahrerin bei Unfall schwer verletzt – Ort: Leipzig-Zentrum-Süd, Zeit: 06.11.2024, 17:40 Uhr. Beim Abbiegen übersah ein 58-jähriger Autofahrer eine 23-jährige Radfahrerin, die auf dem Radfahrstreifen geradeaus fuhr. Die junge Frau stürzte und wurde mit schweren Verletzungen in ein Krankenhaus gebracht. Der Sachschaden beträgt etwa 1.500 Euro. Die Ermittlungen zum genauen Unfallhergang dauern an.',
      'Kellereinbrüche in Mehrfamilienhaus – Ort: Leipzig-Connewitz, Zeit: 05.11.2024, 20:00 Uhr bis 06.11.2024, 08:00 Uhr. In einem Mehrfamilienhaus wurden vier Kellerabteile aufgebrochen. Gestohlen wurden zwei Fahrräder, Werkzeug und mehrere Kisten Getränke. Die Bewohner hatten die Haustür nach eigenen Angaben verschlossen. Die Polizei prüft, ob ein Zusammenhang mit ähnlichen Taten in der Umgebung besteht.',
      'Zeugen gesucht – Die Polizei sucht Zeugen, die den Unfall beobachtet haben, insbesondere den Fahrer eines hellen Lieferwagens, der kurz vor dem Zusammenstoß an der Kreuzung gehalten hatte. Hinweise nimmt der Verkehrsunfalldienst der Polizeidirektion Leipzig entgegen.',
    ],
    formats: ['html'],
    topics: ['Sicherheit und Polizei'],
  },
  {
    key: '2024-11-07-pd-leipzig-polizeibericht-2',
    sender: 'Polizeidirektion Leipzig',
    senderShort: 'PD Leipzig',
    date: '2024-11-07',
    place: 'Leipzig',
    title: LEIPZIG_REPORT_TITLE,
    contact: rieger,
    body: [
      'Falsche Polizeibeamte erbeuten Schmuck – Ort: Markkleeberg, Zeit: 07.11.2024, 10:00 Uhr bis 12:30 Uhr. Eine 84-jährige Frau ist am Donnerstagvormittag Opfer von Betrügern geworden. Ein Anrufer hatte sich als Kriminalbeamter ausgegeben und behauptet, in der Nachbarschaft sei eine Einbrecherbande festgenommen worden. Die Seniorin solle ihre Wertsachen zur Sicherheit einem Kollegen übergeben. Kurz darauf erschien ein etwa 30 Jahre alter Mann an der Wohnungstür und nahm Schmuck im Wert von mehreren tausend Euro entgegen.',
      'Die Polizei rät: Echte Polizeibeamte fordern niemals am Telefon dazu auf, Geld oder Wertsachen herauszugeben. Legen Sie bei solchen Anrufen sofort auf und wählen Sie selbst die 110. Sprechen Sie mit Ihren älteren Angehörigen über diese Masche.',
      'Diebstahl von Baustelle – Ort: Leipzig-Paunsdorf, Zeit: 06.11.2024, 16:00 Uhr bis 07.11.2024, 06:45 Uhr. Von einer Baustelle an einem Mehrfamilienhaus haben Unbekannte Kupferkabel und zwei Rüttelplatten gestohlen. Der Schaden wird auf rund 12.000 Euro geschätzt. Die Täter hatten den Bauzaun an einer Stelle geöffnet und die Beute vermutlich mit einem Fahrzeug abtransportiert.',
      'Hinweise zu beiden Fällen nimmt die Kriminalpolizei in der Dimitroffstraße 1 oder jede andere Polizeidienststelle entgegen.',
    ],
    formats: ['html'],
    topics: ['Sicherheit und Polizei'],
  },
  {
    key: '2025-12-03-pd-dresden-adventskontrollen',
    sender: 'Polizeidirektion Dresden',
    senderShort: 'PD Dresden',
    date: '2025-12-03',
    title: 'Verkehrskontrollen in der Adventszeit: Polizei prüft verstärkt auf Alkohol und Drogen',
    subtitle: 'Bilanz des ersten Kontrollwochenendes – 23 Fahrer unter Einfluss berauschender Mittel',
    contact: ebert,
    body: [
      'Die Polizeidirektion Dresden kontrolliert in der Adventszeit verstärkt die Fahrtüchtigkeit von Autofahrerinnen und Autofahrern. Am ersten Kontrollwochenende haben Beamtinnen und Beamte in Dresden, im Landkreis Meißen und im Landkreis Sächsische Schweiz-Osterzgebirge mehr als 1.100 Fahrzeuge angehalten.',
      'Bei 23 Fahrerinnen und Fahrern stellten die Beamten fest, dass sie unter dem Einfluss von Alkohol oder Drogen unterwegs waren. Neun von ihnen mussten ihren Führerschein sofort abgeben. Ein 41-jähriger Autofahrer war mit 1,9 Promille auf der Staatsstraße bei Moritzburg unterwegs. Zudem fielen 14 Personen auf, die ohne gültige Fahrerlaubnis fuhren.',
      'Die Kontrollen werden an allen Adventswochenenden und über die Feiertage fortgesetzt, besonders im Umfeld von Weihnachtsmärkten und Firmenfeiern. „Wer trinkt, fährt nicht – das gilt auch für den einen Glühwein“, sagte der Leiter der Verkehrspolizeiinspektion, Polizeioberrat Kai-Uwe Tränkner. Schon geringe Mengen Alkohol verlängerten die Reaktionszeit deutlich.',
      'Die Polizei empfiehlt, für den Heimweg von Feiern Bus und Bahn zu nutzen, ein Taxi zu rufen oder im Voraus festzulegen, wer nüchtern bleibt und fährt.',
    ],
    formats: ['pdf'],
    topics: ['Sicherheit und Polizei', 'Verkehr'],
  },
];
