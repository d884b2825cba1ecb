/** Invented sample releases of the Justice Ministry (sample data written for Pressearchiv). */
import { pressContact } from '../sample-contact.js';
import type { SampleRelease } from '../sample-release.js';

/** Name from 20 Dec 2019 to 18 Dec 2024. */
const SMJUSDEG = 'Sächsisches Staatsministerium der Justiz und für Demokratie, Europa und Gleichstellung';
const SMJ = 'Sächsisches Staatsministerium der Justiz';
const oelschlaegel = pressContact('Katrin Oelschlägel', '+49 351 564 15010', 'smj.sachsen.de');

export const JUSTIZ_RELEASES: SampleRelease[] = [
  {
    key: '2022-07-12-smjusdeg-elektronische-akte',
    sender: SMJUSDEG,
    senderShort: 'SMJusDEG',
    date: '2022-07-12',
    title: 'Elektronische Akte: Alle Amtsgerichte arbeiten in Zivilsachen digital',
    subtitle: 'Papierakten gehören in der ordentlichen Gerichtsbarkeit bald der Vergangenheit an',
    contact: oelschlaegel,
    body: [
      'Seit dieser Woche führen alle 25 sächsischen Amtsgerichte neue Verfahren in Zivilsachen ausschließlich elektronisch. Mit dem Amtsgericht Hoyerswerda hat das letzte Gericht die Umstellung abgeschlossen. Die Landgerichte und das Oberlandesgericht Dresden arbeiten in Zivilsachen bereits seit dem vergangenen Jahr mit der elektronischen Akte.',
      'Für Anwältinnen und Anwälte, Behörden und Bürgerinnen und Bürger ändert sich dadurch vor allem eines: Schriftsätze und Unterlagen erreichen das Gericht über sichere elektronische Übermittlungswege schneller und können ohne Umweg über die Poststelle bearbeitet werden. Richterinnen und Richter können Akten auch im Sitzungssaal und bei Ortsterminen am Bildschirm einsehen.',
      '„Die Umstellung war für die Beschäftigten der Gerichte ein großer Kraftakt, und sie ist ohne Ausfälle gelungen“, sagte Jürgen Albrecht, Leiter der Abteilung Informationstechnik im Ministerium. Mehr als 4.800 Arbeitsplätze wurden mit zwei Bildschirmen ausgestattet, rund 6.000 Beschäftigte geschult.',
      'Bis Ende 2025 folgen die Familien-, Straf- und Betreuungsverfahren sowie die Fachgerichtsbarkeiten. Das Bundesrecht schreibt die elektronische Aktenführung ab dem 1. Januar 2026 für alle Gerichte und Staatsanwaltschaften vor.',
    ],
    formats: ['pdf'],
    topics: ['Justiz', 'Digitales'],
  },
  {
    key: '2023-10-25-smjusdeg-tag-der-justiz',
    sender: SMJUSDEG,
    senderShort: 'SMJusDEG',
    date: '2023-10-25',
    title: 'Europäischer Tag der Justiz: Gerichte öffnen ihre Türen',
    subtitle: 'Schulklassen erleben Verhandlungen und sprechen mit Richterinnen und Richtern',
    contact: oelschlaegel,
    body: [
      'Zum Europäischen Tag der Justiz laden sächsische Gerichte und Staatsanwaltschaften in dieser Woche zu mehr als 40 Veranstaltungen ein. Schulklassen können öffentliche Verhandlungen verfolgen, Gerichtsgebäude besichtigen und mit Richterinnen, Richtern, Staatsanwältinnen und Staatsanwälten über ihren Beruf sprechen.',
      'Im Landgericht Leipzig wird eine Verhandlung vor dem Jugendschöffengericht nachgestellt, bei der Schülerinnen und Schüler die Rollen der Beteiligten übernehmen. Das Oberverwaltungsgericht in Bautzen erläutert, wie Bürgerinnen und Bürger sich gegen Entscheidungen von Behörden wehren können. Im Justizzentrum Chemnitz steht der Datenschutz in sozialen Netzwerken im Mittelpunkt.',
      'Der Europäische Tag der Justiz wird seit 2003 auf Initiative des Europarates und der Europäischen Kommission begangen. Er soll das Verständnis für die Arbeit der Justiz stärken und zeigen, wie das europäische Recht den Alltag prägt. „Unabhängige Gerichte sind ein Kern der Demokratie in Europa“, sagte Abteilungsleiterin Dr. Sabine Hentschel. „Wer einmal eine Verhandlung erlebt hat, versteht besser, warum das so ist.“',
      'Das vollständige Programm ist auf www.justiz.sachsen.de veröffentlicht. Für einige Angebote ist eine Anmeldung über die jeweiligen Gerichte erforderlich.',
    ],
    formats: ['html'],
    topics: ['Justiz', 'Europa und Internationales'],
  },
  {
    key: '2025-05-20-smj-richterstellen',
    sender: SMJ,
    senderShort: 'SMJ',
    date: '2025-05-20',
    title: 'Mehr Stellen für Richterinnen und Richter: Verfahren sollen schneller werden',
    subtitle: 'Schwerpunkt auf Strafgerichten und Staatsanwaltschaften',
    contact: oelschlaegel,
    body: [
      'Die sächsische Justiz erhält im Doppelhaushalt 2025/2026 zusätzlich 64 Stellen für Richterinnen, Richter, Staatsanwältinnen und Staatsanwälte. Hinzu kommen 90 Stellen für Rechtspflegerinnen und Rechtspfleger sowie für die Serviceeinheiten der Gerichte. Ziel ist es, die Dauer der Verfahren zu verkürzen und die Bestände älterer Verfahren abzubauen.',
      'Schwerpunkt sind die Strafgerichte und die Staatsanwaltschaften. Dort ist die Zahl der Eingänge in den vergangenen drei Jahren deutlich gestiegen, vor allem bei Betrugsdelikten im Internet und bei Verfahren wegen Kinderpornografie. An den Landgerichten Dresden, Leipzig und Chemnitz werden zusätzliche Strafkammern eingerichtet.',
      'Gleichzeitig steht die Justiz vor einem Generationenwechsel: Bis 2030 gehen rund 40 Prozent der Richterinnen und Richter in den Ruhestand. Das Ministerium setzt deshalb auf eine frühere Ansprache von Absolventinnen und Absolventen. Referendarinnen und Referendare mit gutem Examen erhalten künftig bereits während des Vorbereitungsdienstes eine Einstellungszusage.',
      '„Lange Verfahren belasten Opfer, Zeugen und Beschuldigte gleichermaßen“, sagte Amtschef Dr. Gerd Rosenkranz. „Mit den neuen Stellen und einer vorausschauenden Personalplanung wollen wir erreichen, dass Recht in Sachsen zügig gesprochen wird.“',
      'Die neuen Stellen werden ab Juli 2025 schrittweise besetzt. Die Bewerbungsfristen werden im Karriereportal der sächsischen Justiz bekannt gegeben.',
    ],
    formats: ['pdf'],
    topics: ['Justiz'],
  },
  {
    key: '2026-04-14-smj-opferschutz',
    sender: SMJ,
    senderShort: 'SMJ',
    date: '2026-04-14',
    title: 'Opferschutz: Neue Beratungsstellen in Chemnitz und Görlitz',
    contact: oelschlaegel,
    body: [
      'Menschen, die Opfer einer Straftat geworden sind, finden in Chemnitz und Görlitz ab Mai zusätzliche Anlaufstellen. Das Justizministerium fördert zwei neue Beratungsstellen freier Träger mit zusammen 310.000 Euro im Jahr. Damit gibt es in jedem Landgerichtsbezirk mindestens eine spezialisierte Opferberatung.',
      'Die Beratung ist kostenfrei, vertraulich und unabhängig davon, ob eine Anzeige erstattet wurde. Die Fachkräfte helfen bei Anträgen auf Entschädigung, begleiten zu Terminen bei Polizei und Gericht und vermitteln bei Bedarf psychologische Unterstützung. In Görlitz wird die Beratung auch auf Polnisch angeboten.',
      '„Wer Opfer einer Gewalttat oder eines Einbruchs geworden ist, braucht schnelle und verlässliche Hilfe, nicht erst Monate später“, sagte Marion Seifert, Leiterin einer Opferberatungsstelle in Leipzig, die den Aufbau der neuen Stellen begleitet. Viele Betroffene wüssten nicht, welche Rechte sie im Strafverfahren haben.',
      'Zugleich wird die psychosoziale Prozessbegleitung ausgebaut, die besonders schutzbedürftige Zeuginnen und Zeugen, etwa Kinder, durch das Strafverfahren begleitet. Eine Übersicht aller Beratungsangebote enthält der Opferschutzwegweiser auf www.justiz.sachsen.de/opferschutz.',
    ],
    formats: ['html'],
    topics: ['Justiz', 'Soziales'],
  },
];
