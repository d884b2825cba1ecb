/** Invented sample releases of the Ministry of Environment and Agriculture (sample data written for Pressearchiv). */
import { pressContact } from '../sample-contact.js';
import type { SampleRelease } from '../sample-release.js';

/** Name from 20 Dec 2019 to 18 Dec 2024. */
const SMEKUL = 'Sächsisches Staatsministerium für Energie, Klimaschutz, Umwelt und Landwirtschaft';
const SMUL = 'Sächsisches Staatsministerium für Umwelt und Landwirtschaft';
const graefeOld = pressContact('Henrik Gräfe', '+49 351 564 20170', 'smekul.sachsen.de');
const graefe = pressContact('Henrik Gräfe', '+49 351 564 20170', 'smul.sachsen.de');
const wuenscheOld = pressContact('Lydia Wünsche', '+49 351 564 20176', 'smekul.sachsen.de');
const wuensche = pressContact('Lydia Wünsche', '+49 351 564 20176', 'smul.sachsen.de');

export const UMWELT_RELEASES: SampleRelease[] = [
  {
    key: '2022-06-21-smekul-waldumbau',
    sender: SMEKUL,
    senderShort: 'SMEKUL',
    date: '2022-06-21',
    title: 'Waldumbau: Land unterstützt private Waldbesitzer nach Dürre und Borkenkäferbefall',
    subtitle: 'Höhere Zuschüsse für Mischwälder – Beratung durch Sachsenforst wird ausgebaut',
    contact: graefeOld,
    body: [
      'Private und kommunale Waldbesitzerinnen und Waldbesitzer in Sachsen erhalten mehr Unterstützung beim Umbau ihrer Wälder. Mit einer geänderten Förderrichtlinie steigen die Zuschüsse für die Pflanzung klimastabiler Mischwälder auf bis zu 90 Prozent der Kosten. Zusätzlich werden die Räumung von Schadflächen und der Schutz junger Bäume vor Wildverbiss gefördert.',
      'Nach vier Dürrejahren und massivem Borkenkäferbefall sind in Sachsen seit 2018 rund 32.000 Hektar Wald abgestorben, vor allem Fichtenbestände in den Mittelgebirgen. Etwa die Hälfte der Waldfläche im Freistaat gehört privaten Eigentümern, viele von ihnen besitzen nur wenige Hektar und haben keine forstliche Ausbildung.',
      '„Wer heute einen Wald pflanzt, pflanzt ihn für das Klima in 80 Jahren“, sagte Forstingenieurin Kathrin Lößnitz vom Staatsbetrieb Sachsenforst, die private Waldbesitzer im Erzgebirge berät. Empfohlen werden Mischungen aus Buche, Eiche, Weißtanne und Douglasie, die mit Trockenheit besser zurechtkommen als reine Fichtenbestände.',
      'Sachsenforst stockt die Zahl der Beraterinnen und Berater um zwölf Stellen auf. Die Beratung ist für Waldbesitzende kostenfrei. Anträge auf Förderung können laufend bei den Bewilligungsstellen gestellt werden.',
    ],
    formats: ['pdf'],
    topics: ['Umwelt und Klima', 'Landwirtschaft'],
  },
  {
    key: '2023-09-12-smekul-oekolandbau',
    sender: SMEKUL,
    senderShort: 'SMEKUL',
    date: '2023-09-12',
    title: 'Ökolandbau: Anteil der Bio-Flächen steigt auf zehn Prozent',
    subtitle: 'Mehr Betriebe stellen um – Nachfrage nach regionalen Bio-Lebensmitteln wächst langsamer',
    contact: wuenscheOld,
    body: [
      'In Sachsen wird inzwischen jeder zehnte Hektar landwirtschaftlicher Fläche ökologisch bewirtschaftet. Nach Zahlen des Landesamtes für Umwelt, Landwirtschaft und Geologie arbeiteten Ende 2022 insgesamt 960 Betriebe nach den Regeln des ökologischen Landbaus, 45 mehr als im Vorjahr. Sie bewirtschaften rund 91.000 Hektar.',
      'Besonders stark gewachsen ist der Öko-Anteil im Grünland und in der Mutterkuhhaltung, während im Ackerbau und im Gemüseanbau weniger Betriebe umstellen. Viele Betriebe berichten, dass die Nachfrage nach regionalen Bio-Lebensmitteln seit dem Anstieg der Lebensmittelpreise langsamer wächst als erwartet.',
      'Das Ministerium unterstützt deshalb vor allem die Vermarktung. Gefördert werden regionale Verarbeitungsbetriebe wie Molkereien, Mühlen und Schlachtstätten sowie Projekte, die Schulküchen, Kantinen und Krankenhäuser mit regionalen Bio-Produkten beliefern. „Wer umstellt, braucht einen Markt, der die höheren Kosten trägt“, sagte Dr. Ralf Mehnert, Leiter des Referats Ökolandbau.',
      'Der Aktionsplan Ökolandbau sieht vor, den Anteil der ökologisch bewirtschafteten Fläche bis 2030 auf 20 Prozent zu steigern. Betriebe, die eine Umstellung erwägen, können sich kostenlos beim Kompetenzzentrum Ökolandbau des Landesamtes beraten lassen. Die Beratung umfasst auch eine Berechnung, wie sich die Umstellung auf Erträge und Einkommen auswirkt.',
    ],
    formats: ['html'],
    topics: ['Landwirtschaft'],
  },
  {
    key: '2024-05-07-smekul-hochwasserschutz',
    sender: SMEKUL,
    senderShort: 'SMEKUL',
    date: '2024-05-07',
    title: 'Hochwasserschutz: Neues Rückhaltebecken im Osterzgebirge in Betrieb',
    subtitle: 'Talsperrenverwaltung schließt Bauarbeiten nach vier Jahren ab',
    contact: graefeOld,
    body: [
      'Im Osterzgebirge ist ein neues Hochwasserrückhaltebecken in Betrieb gegangen. Das Becken kann bei Starkregen bis zu 1,9 Millionen Kubikmeter Wasser zurückhalten und schützt damit die flussabwärts gelegenen Orte vor Überschwemmungen. Die Landestalsperrenverwaltung hat rund 38 Millionen Euro in den Bau investiert.',
      'Das Rückhaltebecken ist ein sogenanntes grünes Becken: In normalen Zeiten fließt der Bach ungehindert durch den Damm, und die Fläche dahinter bleibt Wiese und Lebensraum für Tiere und Pflanzen. Nur bei Hochwasser wird das Wasser aufgestaut und danach langsam wieder abgegeben.',
      'Die Hochwasser der Jahre 2002 und 2013 hatten in der Region schwere Schäden angerichtet. Seither hat der Freistaat mehr als drei Milliarden Euro in den Hochwasserschutz investiert, in Deiche, Mauern, Rückhaltebecken und die Renaturierung von Auen. „Einen absoluten Schutz gibt es nicht, aber wir haben das Risiko in vielen Orten deutlich verringert“, sagte Bauleiter Gunnar Matthes.',
      'Die Anwohnerinnen und Anwohner sind am 25. Mai zu einem Tag der offenen Baustelle eingeladen.',
    ],
    formats: ['pdf'],
    topics: ['Umwelt und Klima'],
  },
  {
    key: '2025-09-30-smul-erntebilanz',
    sender: SMUL,
    senderShort: 'SMUL',
    date: '2025-09-30',
    title: 'Erntebilanz 2025: Durchschnittliche Getreideernte trotz Trockenheit im Frühjahr',
    subtitle: 'Raps mit guten Erträgen – Obstbauern melden Frostschäden',
    contact: graefe,
    body: [
      'Die sächsischen Landwirte haben in diesem Jahr rund 2,6 Millionen Tonnen Getreide geerntet. Das entspricht etwa dem Durchschnitt der vergangenen sechs Jahre. Nach einem trockenen Frühjahr sorgten ergiebige Niederschläge im Juni dafür, dass sich die Bestände vielerorts erholten. Der durchschnittliche Ertrag beim Winterweizen lag bei 72 Dezitonnen je Hektar.',
      'Gute Ergebnisse meldet der Rapsanbau mit 38 Dezitonnen je Hektar. Schwierig war das Jahr dagegen für die Obstbauern: Spätfröste Ende April haben in den Anbaugebieten um Dresden und Leipzig einen Teil der Blüten zerstört. Die Apfelernte fällt nach ersten Schätzungen um ein Viertel geringer aus als im Vorjahr.',
      'Große regionale Unterschiede gab es beim Grünland. Während im Vogtland und im Erzgebirge drei bis vier Schnitte möglich waren, fehlte in Nordsachsen nach der Trockenheit im Spätsommer der letzte Aufwuchs. „Die Witterung wird von Jahr zu Jahr unberechenbarer“, sagte Pflanzenbauberaterin Doreen Kretzschmar vom Landesamt für Umwelt, Landwirtschaft und Geologie. Die Betriebe setzten verstärkt auf trockenheitstolerante Sorten und bodenschonende Bearbeitung.',
      'Das Ministerium weist darauf hin, dass die Erzeugerpreise für Getreide gesunken sind, während die Kosten für Dünger, Energie und Maschinen hoch bleiben. Die wirtschaftliche Lage vieler Betriebe bleibt deshalb angespannt.',
    ],
    formats: ['pdf'],
    topics: ['Landwirtschaft'],
  },
  {
    key: '2026-05-12-smul-stadtbaeume',
    sender: SMUL,
    senderShort: 'SMUL',
    date: '2026-05-12',
    title: 'Klimaanpassung: Förderung für Stadtbäume und Entsiegelung',
    subtitle: 'Kommunen können bis zu 80 Prozent der Kosten erstattet bekommen',
    contact: wuensche,
    body: [
      'Städte und Gemeinden in Sachsen erhalten Unterstützung, um sich besser vor Hitze und Starkregen zu schützen. Ein neues Förderprogramm des Umweltministeriums stellt bis 2028 insgesamt 24 Millionen Euro für die Pflanzung von Stadtbäumen, die Entsiegelung von Plätzen und Schulhöfen sowie für Dach- und Fassadenbegrünungen an öffentlichen Gebäuden bereit.',
      'Kommunen können bis zu 80 Prozent der förderfähigen Kosten erstattet bekommen, finanzschwache Gemeinden bis zu 90 Prozent. Gefördert werden auch Anlagen, die Regenwasser vor Ort versickern lassen oder speichern, etwa Mulden, Rigolen und Zisternen zur Bewässerung von Grünflächen.',
      '„In heißen Sommern ist es unter einem großen Baum bis zu zehn Grad kühler als auf einem asphaltierten Parkplatz“, sagte Stadtklimaexpertin Dr. Franziska Oehme. Versiegelte Flächen heizten sich auf und ließen bei Starkregen kein Wasser versickern. Jeder Quadratmeter, der entsiegelt werde, helfe doppelt.',
      'Anträge können ab dem 1. Juni 2026 bei der Sächsischen Aufbaubank gestellt werden. Das Landesamt für Umwelt, Landwirtschaft und Geologie berät Kommunen bei der Planung.',
    ],
    formats: ['html'],
    topics: ['Umwelt und Klima'],
  },
];
