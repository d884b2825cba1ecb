/** Invented sample releases of the Ministry of Infrastructure (sample data written for Pressearchiv). */
import { pressContact } from '../sample-contact.js';
import type { SampleRelease } from '../sample-release.js';

/** Predecessor ministry, 20 Dec 2019 to 18 Dec 2024. */
const SMR = 'Sächsisches Staatsministerium für Regionalentwicklung';
const SMIL = 'Sächsisches Staatsministerium für Infrastruktur und Landesentwicklung';
const nestlerOld = pressContact('Paula Nestler', '+49 351 564 50310', 'smr.sachsen.de');
const nestler = pressContact('Paula Nestler', '+49 351 564 50310', 'smil.sachsen.de');
const kiessling = pressContact('Marco Kießling', '+49 351 564 50318', 'smil.sachsen.de');

export const INFRASTRUKTUR_RELEASES: SampleRelease[] = [
  {
    key: '2022-12-06-smr-staedtebaufoerderung',
    sender: SMR,
    senderShort: 'SMR',
    date: '2022-12-06',
    title: 'Städtebauförderung: 110 Millionen Euro für sächsische Kommunen',
    subtitle: 'Schwerpunkte sind lebendige Ortskerne und die Sanierung von Altbauten',
    contact: nestlerOld,
    body: [
      'Sachsens Städte und Gemeinden erhalten im Programmjahr 2022 insgesamt 110 Millionen Euro aus der Städtebauförderung von Bund und Land. Damit werden 276 Maßnahmen in 164 Kommunen unterstützt, darunter 31 neue Vorhaben. Das Regionalentwicklungsministerium hat die Bescheide in dieser Woche an die Landesdirektion übergeben.',
      'Schwerpunkte sind die Belebung von Ortskernen, die Sanierung leer stehender Altbauten und die Anpassung von Wohnquartieren an den Klimawandel. In Zwickau wird ein ehemaliges Kaufhaus zu einem Bildungs- und Bürgerzentrum umgebaut, in Döbeln entstehen auf einer Industriebrache Wohnungen und ein Park. Mehrere Kleinstädte in der Lausitz sanieren ihre Marktplätze.',
      '„Städtebauförderung wirkt weit über die einzelne Baustelle hinaus: Jeder Euro zieht ein Vielfaches an privaten Investitionen nach sich“, sagte Abteilungsleiterin Dr. Ulrike Benndorf. Die Kommunen tragen in der Regel ein Drittel der Kosten, finanzschwache Gemeinden erhalten einen höheren Fördersatz.',
      'Neu im Programm ist ein Schwerpunkt auf dem Umbau von Erdgeschossen in Ortskernen, in denen Ladengeschäfte leer stehen. Kommunen können hier Zuschüsse für Zwischennutzungen durch Vereine, Handwerksbetriebe oder Künstlerinnen und Künstler erhalten. Die Liste aller geförderten Maßnahmen ist auf www.bauen-wohnen.sachsen.de veröffentlicht.',
    ],
    formats: ['html'],
    topics: ['Bauen und Wohnen'],
  },
  {
    key: '2023-05-16-smr-sozialer-wohnungsbau',
    sender: SMR,
    senderShort: 'SMR',
    date: '2023-05-16',
    title: 'Sozialer Wohnungsbau: Förderung wird auf weitere Städte ausgedehnt',
    subtitle: 'Neben Dresden und Leipzig können künftig auch Chemnitz, Freiberg und Radebeul Mittel abrufen',
    contact: nestlerOld,
    body: [
      'Die Förderung des sozialen Wohnungsbaus in Sachsen wird ausgeweitet. Mit einer Änderung der Förderrichtlinie können ab dem 1. Juli neben Dresden und Leipzig auch Chemnitz, Freiberg und Radebeul Zuschüsse für den Bau mietpreis- und belegungsgebundener Wohnungen beantragen. Voraussetzung ist, dass die Kommune einen angespannten Wohnungsmarkt in einzelnen Stadtteilen nachweist.',
      'Gefördert werden Neubauten und der Umbau bestehender Gebäude zu Wohnungen. Die Vermieter verpflichten sich im Gegenzug, die Wohnungen 20 Jahre lang zu einer Miete von höchstens 6,80 Euro je Quadratmeter an Haushalte mit Wohnberechtigungsschein zu vermieten. Für barrierefreie Wohnungen gibt es einen Zuschlag.',
      'Seit 2017 sind mit Hilfe der Förderung in Dresden und Leipzig rund 5.100 Sozialwohnungen entstanden oder im Bau. Für das laufende Jahr stehen Bundes- und Landesmittel von zusammen 93 Millionen Euro zur Verfügung. „Die Mieten steigen nicht mehr nur in den beiden Großstädten“, sagte Referatsleiter Holger Wunderlich. „Wir wollen verhindern, dass Familien mit kleinen Einkommen aus den Innenstädten verdrängt werden.“',
      'Die Wohnungswirtschaft begrüßte die Änderung, wies aber auf die stark gestiegenen Baukosten hin. Viele Vorhaben seien auch mit Förderung nur schwer wirtschaftlich umzusetzen. Das Ministerium prüft deshalb eine Anhebung der Fördersätze für das kommende Jahr.',
    ],
    formats: ['pdf'],
    topics: ['Bauen und Wohnen'],
  },
  {
    key: '2025-04-08-smil-strassenbau',
    sender: SMIL,
    senderShort: 'SMIL',
    date: '2025-04-08',
    title: 'Straßenbau 2025: Land investiert 340 Millionen Euro in Staatsstraßen, Brücken und Radwege',
    subtitle: 'Erhalt geht vor Neubau – 86 Brücken werden saniert oder ersetzt',
    contact: kiessling,
    body: [
      'Der Freistaat Sachsen investiert in diesem Jahr rund 340 Millionen Euro in den Bau und Erhalt von Staatsstraßen, Brücken und Radwegen. Das Infrastrukturministerium hat am Dienstag das Straßenbauprogramm 2025 vorgestellt. Es umfasst 212 Vorhaben in allen Landesteilen, von der Deckenerneuerung über den Ersatz maroder Brücken bis zum Bau neuer Ortsumgehungen.',
      'Wie in den Vorjahren gilt der Grundsatz „Erhalt vor Neubau“. Mehr als zwei Drittel der Mittel fließen in die Sanierung bestehender Straßen und Bauwerke. Das sächsische Staatsstraßennetz umfasst rund 4.700 Kilometer und mehr als 2.100 Brücken. Viele von ihnen wurden in den 1960er- und 1970er-Jahren gebaut und sind für die heutigen Lasten des Schwerverkehrs nicht ausgelegt. In diesem Jahr werden 86 Brücken saniert oder durch Neubauten ersetzt. Bei 14 Brücken ist bereits heute die zulässige Last beschränkt, sodass schwere Lastwagen Umwege fahren müssen. Das Landesamt prüft alle Bauwerke in regelmäßigen Abständen und stuft ihren Zustand nach einem bundesweit einheitlichen Verfahren ein.',
      '„Wir sanieren so viel wie nie, und trotzdem wird uns der Erhalt der Brücken noch viele Jahre beschäftigen“, sagte Friedemann Hänsch, Präsident des Landesamtes für Straßenbau und Verkehr. „Wo eine Brücke nicht mehr sicher ist, müssen wir sie sperren oder die Last beschränken. Das wollen wir so selten wie möglich.“ Die Zahl der Ingenieurinnen und Ingenieure im Landesamt sei in den vergangenen Jahren gestiegen, doch bleibe es schwierig, ausreichend Fachleute für Planung und Bauüberwachung zu gewinnen.',
      'Größte Einzelvorhaben sind die Ortsumgehung einer Kleinstadt im Landkreis Mittelsachsen, die den Durchgangsverkehr aus dem historischen Stadtkern heraushält, sowie der Ersatzneubau einer Talbrücke im Vogtland, die mit 42 Millionen Euro zu Buche schlägt. Im Landkreis Görlitz beginnt der Ausbau einer Staatsstraße, die als Zubringer für ein neues Gewerbegebiet dient. Die Planfeststellungsverfahren für zwei weitere Ortsumgehungen in Nordsachsen und im Erzgebirgskreis sollen in diesem Jahr abgeschlossen werden; mit dem Bau kann frühestens 2027 begonnen werden.',
      'Für den Radverkehr sind 38 Millionen Euro vorgesehen. Damit sollen rund 60 Kilometer neue Radwege an Staatsstraßen entstehen, vor allem dort, wo Schulwege und Pendlerstrecken bisher auf der Fahrbahn verlaufen. Zusätzlich unterstützt der Freistaat Kommunen beim Bau von Radwegen mit einer Förderung von bis zu 90 Prozent der Kosten. Gefördert werden auch Abstellanlagen an Bahnhöfen und die Beschilderung touristischer Radrouten. Der Anteil des Radverkehrs an allen Wegen liegt in Sachsen derzeit bei rund zwölf Prozent und soll nach der Radverkehrskonzeption des Freistaates bis 2030 deutlich steigen.',
      'Die Bauwirtschaft rechnet mit weiter hohen Preisen. Das Landesamt für Straßenbau und Verkehr schreibt deshalb größere Vorhaben in Losen aus, um auch mittelständischen Baufirmen aus der Region eine Beteiligung zu ermöglichen. Baustellen an stark befahrenen Strecken sollen nach Möglichkeit in den Schulferien eingerichtet und durch Arbeiten im Mehrschichtbetrieb verkürzt werden. Auf Pendlerstrecken sollen zudem Ersatzverkehre mit Bussen angeboten werden, wenn Straßen für längere Zeit voll gesperrt werden müssen.',
      'Eine Karte mit allen Vorhaben des Straßenbauprogramms und den geplanten Bauzeiten ist auf www.strassenbau.sachsen.de abrufbar. Aktuelle Sperrungen und Umleitungen meldet das Verkehrsinformationsportal des Freistaates.',
    ],
    formats: ['pdf'],
    topics: ['Verkehr'],
    hyphenation: [
      'Staats|straßen|netz',
      'Straßen|bau|programms',
      'Ersatz|neubau',
      'Orts|umgehungen',
      'Verkehrs|informations|portal',
      'Infra|struktur|ministerium',
      'Decken|erneuerung',
      'Schwer|verkehrs',
      'Plan|fest|stellungs|verfahren',
      'Bau|wirtschaft',
      'Rad|verkehrs|konzeption',
      'Bau|über|wachung',
      'mittel|ständischen',
      'Mehr|schicht|betrieb',
      'Pendler|strecken',
    ],
  },
  {
    key: '2026-09-15-smil-wohngeld',
    sender: SMIL,
    senderShort: 'SMIL',
    date: '2026-09-15',
    title: 'Wohngeld: Zahl der Haushalte mit Unterstützung hat sich verdoppelt',
    subtitle: 'Wohngeldstellen arbeiten Anträge schneller ab',
    contact: nestler,
    body: [
      'In Sachsen erhalten inzwischen rund 96.000 Haushalte Wohngeld, etwa doppelt so viele wie vor der Wohngeldreform des Jahres 2023. Das geht aus der aktuellen Wohngeldstatistik hervor, die das Infrastrukturministerium am Dienstag veröffentlicht hat. Den größten Anteil stellen Rentnerinnen und Rentner, gefolgt von Familien mit Kindern.',
      'Im Durchschnitt erhalten die Haushalte 289 Euro im Monat als Zuschuss zur Miete oder zu den Kosten für selbst genutztes Wohneigentum. Seit Januar 2025 werden die Beträge alle zwei Jahre an die Entwicklung der Mieten und Preise angepasst, die nächste Anpassung erfolgt zum 1. Januar 2027.',
      'Die Bearbeitungszeiten in den Wohngeldstellen der Landkreise und Kreisfreien Städte haben sich deutlich verkürzt. Lagen sie 2023 vielerorts noch bei mehr als sechs Monaten, werden Anträge heute im Durchschnitt nach sieben Wochen beschieden. Dazu haben mehr Personal und die Möglichkeit beigetragen, Anträge online zu stellen.',
      'Ob ein Anspruch auf Wohngeld besteht, lässt sich mit dem Wohngeldrechner auf www.wohngeld.sachsen.de prüfen. Das Ministerium weist darauf hin, dass viele Rentnerinnen und Rentner ihren Anspruch nicht kennen und deshalb keinen Antrag stellen.',
    ],
    formats: ['html'],
    topics: ['Bauen und Wohnen', 'Soziales'],
  },
];
