/** Invented sample releases of the Finance Ministry (sample data written for Pressearchiv). */
import { pressContact } from '../sample-contact.js';
import type { SampleRelease } from '../sample-release.js';

const SMF = 'Sächsisches Staatsministerium der Finanzen';
const pietsch = pressContact('Johanna Pietsch', '+49 351 564 40062', 'smf.sachsen.de');
const scholze = pressContact('Dirk Scholze', '+49 351 564 40071', 'smf.sachsen.de');

export const FINANZEN_RELEASES: SampleRelease[] = [
  {
    key: '2022-11-24-smf-steuerschaetzung',
    sender: SMF,
    senderShort: 'SMF',
    date: '2022-11-24',
    title: 'Steuerschätzung: Sachsen rechnet mit stabilen Einnahmen',
    subtitle: 'Mehreinnahmen werden durch Inflation und steigende Ausgaben weitgehend aufgezehrt',
    contact: pietsch,
    body: [
      'Der Freistaat Sachsen kann in den kommenden Jahren mit stabilen Steuereinnahmen rechnen. Nach den Ergebnissen der regionalisierten Steuerschätzung vom November liegen die erwarteten Einnahmen für 2023 bei rund 17,9 Milliarden Euro und damit um 310 Millionen Euro über der Schätzung vom Mai. Für 2024 werden 18,4 Milliarden Euro erwartet.',
      'Das Finanzministerium warnt jedoch davor, die Zahlen als zusätzlichen Spielraum zu verstehen. Ein großer Teil des Zuwachses sei auf die hohe Inflation zurückzuführen, die zugleich die Ausgaben des Landes für Energie, Bauvorhaben und Personal erhöhe. „Mehr Geld in der Kasse bedeutet in diesem Jahr nicht mehr Kaufkraft“, sagte Amtschef Dr. Henning Brause. „Wir müssen die Mehreinnahmen nutzen, um die Belastungen aus der Energiekrise abzufedern, und dürfen keine dauerhaften Verpflichtungen eingehen, die wir später nicht mehr finanzieren können.“',
      'Auch die Kommunen profitieren von der Entwicklung. Über den kommunalen Finanzausgleich fließen ihnen im kommenden Jahr voraussichtlich rund 95 Millionen Euro mehr zu als bisher geplant. Die genauen Beträge werden mit den kommunalen Spitzenverbänden im Rahmen der Beratungen zum Finanzausgleichsgesetz abgestimmt.',
      'Die Ergebnisse der Steuerschätzung fließen in die Aufstellung des nächsten Doppelhaushalts ein. Die nächste Schätzung des Arbeitskreises Steuerschätzungen ist für Mai 2023 vorgesehen.',
    ],
    formats: ['pdf'],
    topics: ['Finanzen'],
  },
  {
    key: '2024-06-27-smf-doppelhaushalt',
    sender: SMF,
    senderShort: 'SMF',
    date: '2024-06-27',
    title: 'Kabinett beschließt Entwurf für den Doppelhaushalt 2025/2026',
    subtitle: 'Investitionsquote bleibt hoch – Sparvorgaben für alle Ressorts',
    contact: scholze,
    body: [
      'Das Kabinett hat am Donnerstag den Entwurf für den Doppelhaushalt 2025/2026 beschlossen. Er sieht Ausgaben von 25,1 Milliarden Euro im Jahr 2025 und 25,6 Milliarden Euro im Jahr 2026 vor. Neue Schulden sind nicht geplant. Der Entwurf wird nun dem Sächsischen Landtag zugeleitet, der den Haushalt nach den parlamentarischen Beratungen voraussichtlich im Frühjahr 2025 verabschieden wird.¹ Bis dahin gilt eine vorläufige Haushaltsführung, in der das Land seine gesetzlichen Verpflichtungen erfüllt und laufende Vorhaben fortführt, neue Programme aber erst nach dem Beschluss des Landtags starten können.',
      'Die Aufstellung des Haushalts war nach Angaben des Finanzministeriums so schwierig wie seit vielen Jahren nicht. Den Anmeldungen der Ressorts von zusammen mehr als 28 Milliarden Euro standen deutlich geringere Einnahmen gegenüber. Steigende Personalkosten infolge der Tarifabschlüsse, höhere Zinsen für bestehende Kredite und wachsende Ausgaben für soziale Leistungen engen den Spielraum zusätzlich ein. Alle Ressorts müssen deshalb Einsparungen erbringen, die zusammen rund 1,1 Milliarden Euro in beiden Jahren ausmachen. Über die konkrete Verteilung der Einsparungen haben die Ressorts in mehreren Verhandlungsrunden mit dem Finanzministerium entschieden. Einzelne Förderprogramme werden befristet ausgesetzt, andere zusammengelegt oder mit geringeren Mitteln fortgeführt. Freiwillige Leistungen, die nicht gesetzlich vorgeschrieben sind, wurden grundsätzlich um fünf Prozent gekürzt; ausgenommen sind Mittel, mit denen der Freistaat Fördergelder des Bundes oder der Europäischen Union ergänzt.',
      '„Wir haben einen Haushalt aufgestellt, der ehrlich mit den Zahlen umgeht“, sagte Amtschef Dr. Henning Brause. „Der Freistaat muss nicht weniger leisten, aber er muss Prioritäten setzen. Bildung, innere Sicherheit und Investitionen in die Infrastruktur haben Vorrang. Bei Förderprogrammen, die sich überschneiden oder kaum abgerufen werden, schauen wir genau hin.“',
      'Trotz der Sparvorgaben bleibt die Investitionsquote mit 15,8 Prozent im Jahr 2025 und 15,2 Prozent im Jahr 2026 im Vergleich der Länder hoch. Rund 3,9 Milliarden Euro sind in beiden Jahren zusammen für den Straßen- und Brückenbau, den Schulhausbau, die Hochschulen und den Breitbandausbau vorgesehen. Für den staatlichen Hochbau stehen jährlich rund 600 Millionen Euro bereit, unter anderem für Neubauten an den Universitäten in Dresden, Leipzig und Chemnitz sowie für die Sanierung von Polizeirevieren und Gerichtsgebäuden. Hinzu kommen Ausgaben für die Digitalisierung der Verwaltung, die in beiden Jahren zusammen rund 420 Millionen Euro betragen. Dazu zählen der Ausbau des Landesportals, die Einführung der elektronischen Akte in allen Behörden und die Erneuerung der Rechenzentren. Der Anteil der Investitionen, die der Freistaat gemeinsam mit dem Bund und der Europäischen Union finanziert, liegt bei rund einem Drittel.',
      'Die Kommunen erhalten über den Finanzausgleich im Jahr 2025 rund 3,7 Milliarden Euro und im Jahr 2026 rund 3,8 Milliarden Euro. Hinzu kommen Zuweisungen außerhalb des Finanzausgleichs, etwa für Kindertagesstätten, den öffentlichen Personennahverkehr und die Städtebauförderung. Das Finanzministerium weist darauf hin, dass die Kommunen damit trotz der angespannten Lage mehr Mittel erhalten als im laufenden Doppelhaushalt. Die Verhandlungen mit den kommunalen Spitzenverbänden über das Finanzausgleichsgesetz waren nach Angaben beider Seiten schwierig, konnten aber im Juni mit einer Einigung abgeschlossen werden. Vereinbart wurde unter anderem, dass der Freistaat einen Teil der gestiegenen Kosten der Landkreise für die Unterbringung und Versorgung von Geflüchteten übernimmt.',
      'Im Bereich Bildung sind zusätzliche 1.000 Stellen für Lehrerinnen und Lehrer vorgesehen, um die steigenden Schülerzahlen an Oberschulen und Gymnasien aufzufangen. Bei der Polizei wird der Stellenaufbau fortgesetzt; bis Ende 2026 soll die Zahl der Polizeibediensteten auf 14.500 steigen. Zugleich werden an den Schulen 250 zusätzliche Stellen für Schulassistenzen und Verwaltungskräfte geschaffen, die Lehrerinnen und Lehrer von organisatorischen Aufgaben entlasten sollen. Für die Sanierung und Erweiterung von Schulgebäuden stehen den Kommunen in beiden Jahren zusammen rund 300 Millionen Euro an Fördermitteln zur Verfügung. Die Hochschulen erhalten im Rahmen der Zuschussvereinbarung planbare Budgets mit einer jährlichen Steigerung von zwei Prozent. Für die Kindertagesstätten erhöht der Freistaat den Landeszuschuss je Kind, um die Gemeinden bei den steigenden Personalkosten zu entlasten. Im Bereich Soziales werden die Mittel für Pflege und Eingliederungshilfe entsprechend der wachsenden Zahl der Leistungsberechtigten angehoben.',
      'Zur Absicherung gegen Risiken, etwa bei den Tarifabschlüssen oder einer schwächeren Konjunktur, bildet der Entwurf eine allgemeine Vorsorge von 250 Millionen Euro pro Jahr. Der Garantiefonds, aus dem der Freistaat Risiken aus früheren Bürgschaften und Beteiligungen abdeckt, bleibt unverändert. Die Rücklage für Pensionen wird planmäßig weiter aufgefüllt; der Generationenfonds erhält jährlich rund 1,2 Milliarden Euro.² Die Schuldenbremse der Sächsischen Verfassung wird eingehalten. Die Tilgung der Corona-Kredite, die der Landtag in den Jahren 2020 und 2021 genehmigt hatte, wird wie geplant fortgesetzt; sie belastet den Haushalt mit jeweils rund 300 Millionen Euro im Jahr. Das Finanzministerium rechnet damit, dass die Spielräume in den folgenden Jahren noch enger werden, und hat die Ressorts gebeten, bereits jetzt Vorschläge für strukturelle Einsparungen ab 2027 zu erarbeiten.',
      'Der Entwurf des Haushaltsgesetzes und die Einzelpläne stehen nach der Übermittlung an den Landtag auf www.finanzen.sachsen.de zum Herunterladen bereit. Eine Übersicht in einfacher Sprache erklärt, woher das Geld des Freistaates kommt und wofür es ausgegeben wird. Bürgerinnen und Bürger können sich zudem auf einer interaktiven Karte ansehen, welche Bauvorhaben des Landes in ihrer Region geplant sind.',
    ],
    footnotes: [
      'Der Zeitplan der Beratungen hängt von der Konstituierung des im September 2024 neu gewählten Landtags ab.',
      'Der Generationenfonds finanziert die Versorgungsausgaben für Beamtinnen und Beamte, die seit 1997 eingestellt wurden.',
    ],
    formats: ['pdf'],
    topics: ['Finanzen'],
    hyphenation: ['Investitions|quote', 'Finanz|aus|gleich', 'Personal|kosten', 'Haushalts|gesetzes'],
  },
  {
    key: '2025-10-14-smf-grundsteuer-einsprueche',
    sender: SMF,
    senderShort: 'SMF',
    date: '2025-10-14',
    title: 'Grundsteuer: Finanzämter bearbeiten Einsprüche schneller',
    subtitle: 'Mehr als 80 Prozent der Verfahren sind abgeschlossen',
    contact: pietsch,
    body: [
      'Die sächsischen Finanzämter haben bei der Bearbeitung der Einsprüche gegen die Bescheide zur neuen Grundsteuer deutliche Fortschritte gemacht. Von rund 410.000 Einsprüchen, die seit 2022 eingegangen sind, waren Ende September mehr als 330.000 abschließend bearbeitet. Im Vorjahr lag die Quote noch bei knapp 55 Prozent.',
      'Möglich wurde das vor allem durch eine stärkere Digitalisierung der Abläufe. Einsprüche, die über das Portal Mein ELSTER eingehen, werden inzwischen automatisch dem zuständigen Sachgebiet zugeordnet. Zudem haben die Finanzämter in Chemnitz, Leipzig und Dresden Teams gebildet, die gleichartige Fälle gebündelt bearbeiten.',
      'Bei einem großen Teil der noch offenen Verfahren warten die Finanzämter auf die Entscheidungen der Finanzgerichte zu grundsätzlichen Fragen der Bewertung. Diese Einsprüche ruhen, bis die Rechtslage geklärt ist. Eigentümerinnen und Eigentümer müssen in diesen Fällen nichts unternehmen.',
      'Die Grundsteuer wird seit dem 1. Januar 2025 auf Grundlage der neuen Werte erhoben. Fragen zu ihrem Bescheid können Bürgerinnen und Bürger an das Informationstelefon der Steuerverwaltung unter +49 351 564 40500 richten.',
    ],
    formats: ['html'],
    topics: ['Finanzen'],
  },
  {
    key: '2026-03-05-smf-laborgebaeude-freiberg',
    sender: SMF,
    senderShort: 'SMF',
    date: '2026-03-05',
    title: 'Staatlicher Hochbau: Neues Laborgebäude in Freiberg übergeben',
    subtitle: 'Freistaat investiert 46 Millionen Euro in Forschung zu Rohstoffen und Recycling',
    contact: scholze,
    body: [
      'Nach dreieinhalb Jahren Bauzeit hat der Staatsbetrieb Sächsisches Immobilien- und Baumanagement am Donnerstag ein neues Laborgebäude an die Technische Universität Bergakademie Freiberg übergeben. In dem viergeschossigen Neubau arbeiten künftig rund 140 Wissenschaftlerinnen und Wissenschaftler an Verfahren zur Gewinnung und Wiederverwertung von Metallen und Industriemineralen.',
      'Die Baukosten von rund 46 Millionen Euro trägt der Freistaat. Das Gebäude bietet auf 5.200 Quadratmetern Labore, Technika für Versuche im halbtechnischen Maßstab sowie Büro- und Seminarräume. Eine Photovoltaikanlage auf dem Dach und die Nutzung der Abwärme aus den Laboren senken den Energiebedarf deutlich.',
      '„Hier ist ein Ort entstanden, an dem Forschung und Anwendung eng zusammenrücken“, sagte die Leiterin der Niederlassung Chemnitz des Staatsbetriebs, Claudia Vetterlein, bei der Schlüsselübergabe. Der Bau sei trotz gestiegener Preise im Kostenrahmen geblieben.',
      'Der Umzug der Arbeitsgruppen beginnt im April. Der Lehr- und Forschungsbetrieb im neuen Gebäude soll zum Wintersemester 2026/27 vollständig aufgenommen werden. Die bisher genutzten Räume in einem Altbau aus den 1950er-Jahren werden anschließend saniert und stehen dann der Fakultät für Geowissenschaften zur Verfügung.',
    ],
    formats: ['html'],
    topics: ['Finanzen', 'Wissenschaft und Forschung'],
  },
];
