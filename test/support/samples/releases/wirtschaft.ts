/** Invented sample releases of the Ministry of Economic Affairs (sample data written for Pressearchiv). */
import { pressContact } from '../sample-contact.js';
import type { SampleRelease } from '../sample-release.js';

/** Name until 18 Dec 2024 (traffic then moved to the Ministry of Infrastructure). */
const SMWA_VERKEHR = 'Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr';
const SMWA = 'Sächsisches Staatsministerium für Wirtschaft, Arbeit, Energie und Klimaschutz';
const kuehnel = pressContact('Matthias Kühnel', '+49 351 564 80601', 'smwa.sachsen.de');
const zenker = pressContact('Sandra Zenker', '+49 351 564 80611', 'smwa.sachsen.de');

export const WIRTSCHAFT_RELEASES: SampleRelease[] = [
  {
    key: '2022-10-18-smwa-fachkraefteallianz',
    sender: SMWA_VERKEHR,
    senderShort: 'SMWA',
    date: '2022-10-18',
    title: 'Fachkräftesicherung: Regionale Allianzen erhalten mehr Unterstützung',
    subtitle: 'Berufsorientierung, Zuwanderung und Rückkehr stehen im Mittelpunkt',
    contact: kuehnel,
    body: [
      'Die 13 regionalen Fachkräfteallianzen in Sachsen erhalten ab 2023 mehr Geld für eigene Projekte. Das Wirtschaftsministerium erhöht die jährliche Förderung von zusammen 2,6 auf 3,5 Millionen Euro. In den Allianzen arbeiten Landkreise, Kammern, Arbeitsagenturen, Unternehmen und Gewerkschaften zusammen, um dem Mangel an Fachkräften in ihrer Region zu begegnen.',
      'Gefördert werden unter anderem Praktikumsbörsen und Berufsorientierungstage an Schulen, Willkommensangebote für zugewanderte Fachkräfte und ihre Familien sowie Rückkehrerinitiativen, die Menschen ansprechen, die Sachsen nach der Schule oder dem Studium verlassen haben. Neu förderfähig sind Projekte, die Beschäftigte beim Wechsel in eine andere Branche unterstützen.',
      '„Die Unternehmen spüren den Mangel an Fachkräften inzwischen in fast allen Branchen, vom Handwerk bis zur Mikroelektronik“, sagte Abteilungsleiterin Dr. Yvonne Klemm. „Die Lösungen müssen in den Regionen entstehen, denn dort kennt man die Betriebe und die Menschen.“',
      'Nach einer Prognose des Ministeriums scheiden bis 2030 rund 340.000 Beschäftigte altersbedingt aus dem Erwerbsleben aus. Nur etwa die Hälfte dieser Stellen kann mit jungen Menschen aus Sachsen besetzt werden.',
    ],
    formats: ['html'],
    topics: ['Wirtschaft', 'Arbeit'],
  },
  {
    key: '2023-03-21-smwa-oepnv-plusbus',
    sender: SMWA_VERKEHR,
    senderShort: 'SMWA',
    date: '2023-03-21',
    title: 'ÖPNV im ländlichen Raum: PlusBus-Netz wächst um zwölf Linien',
    subtitle: 'Stündliche Verbindungen auch am Wochenende – Land übernimmt die Hälfte der Mehrkosten',
    contact: zenker,
    body: [
      'Der öffentliche Personennahverkehr im ländlichen Raum wird weiter ausgebaut. Zum Fahrplanwechsel im Juni gehen in Sachsen zwölf neue PlusBus-Linien in Betrieb. Sie verbinden kleinere Städte und Gemeinden im Stundentakt mit den nächsten Bahnhöfen und Mittelzentren, werktags wie am Wochenende. Das Netz umfasst dann 86 Linien.',
      'PlusBus-Linien fahren mindestens von 6 bis 20 Uhr jede Stunde und sind auf die Anschlüsse an Regionalzüge abgestimmt. Neu angebunden werden unter anderem Orte im Vogtland, in der Sächsischen Schweiz und im Landkreis Nordsachsen. Auf drei Linien im Erzgebirge ergänzen Rufbusse das Angebot in den Abendstunden.',
      'Das Wirtschaftsministerium übernimmt die Hälfte der zusätzlichen Betriebskosten für die ersten fünf Jahre. Das sind für die neuen Linien zusammen rund 4,8 Millionen Euro jährlich. „Ein verlässlicher ÖPNV ist im ländlichen Raum die Voraussetzung dafür, dass junge Menschen bleiben und ältere Menschen mobil sind“, sagte Verkehrsreferent Martin Reuter bei der Vorstellung des Netzes in Pirna.',
      'Die Verkehrsverbünde rechnen mit deutlich steigenden Fahrgastzahlen, zumal das Deutschlandticket ab Mai auch in allen PlusBus-Linien gilt. Auf bestehenden Linien ist die Zahl der Fahrgäste seit der Umstellung auf den Stundentakt im Durchschnitt um 35 Prozent gestiegen.',
      'Die neuen Fahrpläne sind ab April in den Auskunftssystemen der Verkehrsverbünde abrufbar.',
    ],
    formats: ['pdf', 'html'],
    topics: ['Verkehr'],
  },
  {
    key: '2025-06-24-smwa-handwerksdarlehen',
    sender: SMWA,
    senderShort: 'SMWA',
    date: '2025-06-24',
    title: 'Mittelstandsförderung: Neues Darlehensprogramm für Handwerksbetriebe',
    subtitle: 'Zinsgünstige Kredite für Betriebsübernahmen und Investitionen in Energieeffizienz',
    contact: kuehnel,
    body: [
      'Kleine und mittlere Unternehmen des Handwerks können ab dem 1. Juli zinsgünstige Darlehen der Sächsischen Aufbaubank für Betriebsübernahmen, Erweiterungen und Investitionen in Energieeffizienz beantragen. Das neue Programm „Handwerk Sachsen“ ist mit 80 Millionen Euro ausgestattet und ersetzt zwei bisherige Förderprogramme.',
      'Die Darlehen betragen zwischen 25.000 und 2 Millionen Euro und haben eine Laufzeit von bis zu 15 Jahren. In den ersten drei Jahren ist keine Tilgung fällig. Wer einen bestehenden Betrieb übernimmt, erhält zusätzlich einen Tilgungszuschuss von zehn Prozent. Anträge werden über die Hausbanken gestellt.',
      'Mit dem Programm reagiert das Wirtschaftsministerium auf den Generationenwechsel im Handwerk. In den kommenden fünf Jahren suchen nach Schätzungen der Handwerkskammern rund 7.000 Betriebe in Sachsen eine Nachfolgerin oder einen Nachfolger. „Jeder Betrieb, der nicht übergeben werden kann, fehlt in seiner Region – mit seinen Arbeitsplätzen, seinen Lehrstellen und seinem Service“, sagte Jens Wolfram, Vizepräsident einer sächsischen Handwerkskammer, der das Programm mitentwickelt hat.',
      'Die Förderung von Energieeffizienz umfasst unter anderem den Austausch von Heizungen und Maschinen, Photovoltaikanlagen für den Eigenverbrauch und die Dämmung von Werkstätten. Eine kostenlose Energieberatung durch die Kammern ist Voraussetzung.',
      'Weitere Informationen gibt es auf www.sab.sachsen.de und bei den Betriebsberaterinnen und Betriebsberatern der Handwerkskammern Chemnitz, Dresden und Leipzig.',
    ],
    formats: ['pdf'],
    topics: ['Wirtschaft'],
  },
  {
    key: '2026-01-20-smwa-wasserstoff',
    sender: SMWA,
    senderShort: 'SMWA',
    date: '2026-01-20',
    title: 'Wasserstoff: Förderaufruf für regionale Netze und Elektrolyseure',
    subtitle: 'Freistaat stellt 35 Millionen Euro für Vorhaben in der Lausitz und im Mitteldeutschen Revier bereit',
    contact: zenker,
    body: [
      'Unternehmen, Stadtwerke und Kommunen in den sächsischen Braunkohleregionen können sich ab sofort um Fördermittel für Wasserstoffprojekte bewerben. Der Förderaufruf des Wirtschaftsministeriums umfasst 35 Millionen Euro aus Mitteln für den Strukturwandel. Gefördert werden Elektrolyseure, Speicher, Leitungen zu Industriebetrieben sowie Tankstellen für Lastwagen und Busse.',
      'Voraussetzung ist, dass der Wasserstoff mit Strom aus erneuerbaren Energien erzeugt wird und die Vorhaben zum Aufbau eines regionalen Netzes beitragen, das später an das geplante bundesweite Kernnetz angeschlossen werden kann. Bevorzugt werden Projekte, an denen mehrere Partner beteiligt sind.',
      '„Wasserstoff wird in der Chemie, in der Glas- und Keramikindustrie und im Schwerlastverkehr gebraucht, um Erdgas und Diesel zu ersetzen“, sagte Referatsleiter Dr. Stefan Lehmkuhl. „Die Regionen, in denen heute Kohle gefördert wird, bringen mit Flächen, Netzen und Fachkräften gute Voraussetzungen mit.“',
      'Projektskizzen können bis zum 30. April 2026 bei der Sächsischen Aufbaubank eingereicht werden. Eine Jury aus Fachleuten von Hochschulen, Netzbetreibern und Verbänden bewertet die Skizzen; die ausgewählten Vorhaben werden anschließend zur Antragstellung aufgefordert. Das Ministerium bietet am 12. Februar eine Online-Informationsveranstaltung an.',
    ],
    formats: ['html'],
    topics: ['Wirtschaft', 'Umwelt und Klima'],
  },
];
