/** Invented sample releases of the Ministry of Education (sample data written for Pressearchiv). */
import { pressContact } from '../sample-contact.js';
import type { SampleRelease } from '../sample-release.js';

const SMK = 'Sächsisches Staatsministerium für Kultus';
const brueckner = pressContact('Annett Brückner', '+49 351 564 65120', 'smk.sachsen.de');
const nitzsche = pressContact('Philipp Nitzsche', '+49 351 564 65127', 'smk.sachsen.de');

/** Shares its headline and date with a release of the Social Ministry: the archive must keep both. */
export const OPEN_DAY_TITLE = 'Tag der offenen Tür: Ministerium lädt am Samstag ein';

export const KULTUS_RELEASES: SampleRelease[] = [
  {
    key: '2022-08-22-smk-schuljahresbeginn',
    sender: SMK,
    senderShort: 'SMK',
    date: '2022-08-22',
    title: 'Schuljahr 2022/23 beginnt: 1.400 neue Lehrkräfte eingestellt',
    subtitle: 'Mehr als 38.000 Kinder werden eingeschult',
    contact: brueckner,
    body: [
      'Für rund 500.000 Schülerinnen und Schüler in Sachsen beginnt am Montag das neue Schuljahr. Mehr als 38.000 Mädchen und Jungen werden in den ersten Klassen der Grundschulen und Förderschulen eingeschult. Zum Schuljahresbeginn hat der Freistaat 1.400 Lehrerinnen und Lehrer neu eingestellt, darunter 620 grundständig ausgebildete Lehrkräfte und 780 Seiteneinsteigerinnen und Seiteneinsteiger.',
      'Der Bedarf an Lehrkräften bleibt vor allem an Oberschulen und Förderschulen im ländlichen Raum hoch. In den Regionen Bautzen, Zwickau und Chemnitz konnten nicht alle ausgeschriebenen Stellen besetzt werden. Die Schulen reagieren mit Anpassungen der Stundentafeln und mit Mehrarbeit, die auf freiwilliger Basis vergütet wird.',
      '„Jede neue Lehrerin und jeder neue Lehrer ist ein Gewinn, aber wir sind noch nicht am Ziel“, sagte Abteilungsleiter Uwe Schreiter. Der Freistaat werde die Zahl der Studienplätze für das Lehramt weiter auf hohem Niveau halten und die Begleitung von Seiteneinsteigern verbessern.',
      'Neu in diesem Schuljahr ist das Fach Informatik ab Klasse 7 an allen Oberschulen und Gymnasien. Zudem starten an 60 Schulen Modellprojekte, in denen Schülerinnen und Schüler ohne Deutschkenntnisse in eigenen Vorbereitungsklassen und zugleich im Regelunterricht lernen.',
    ],
    formats: ['html'],
    topics: ['Bildung'],
  },
  {
    key: '2023-06-06-smk-tablets',
    sender: SMK,
    senderShort: 'SMK',
    date: '2023-06-06',
    title: 'Digitale Endgeräte: Schulen erhalten 18.000 Tablets für den Unterricht',
    subtitle: 'Neue Förderrunde für Medienbildung – Schwerpunkt Fortbildung der Lehrkräfte',
    contact: nitzsche,
    body: [
      'Sachsens Schulen werden weiter mit digitalen Endgeräten ausgestattet. In einer neuen Förderrunde erhalten die Schulträger zusammen 9,4 Millionen Euro, mit denen rund 18.000 Tablets und Notebooks für den Unterricht angeschafft werden können. Die Geräte bleiben im Eigentum der Schulen und werden an Schülerinnen und Schüler ausgeliehen, die zu Hause kein eigenes Gerät nutzen können.',
      'Voraussetzung für die Förderung ist ein Medienbildungskonzept, in dem die Schule beschreibt, wie die Geräte im Unterricht eingesetzt werden. Fast 90 Prozent der Schulen haben ein solches Konzept inzwischen vorgelegt. Für Wartung und Support erhalten die Schulträger eine Pauschale von 30 Euro je Gerät und Jahr.',
      'Schwerpunkt der neuen Förderrunde ist zudem die Fortbildung der Lehrkräfte. Das Landesamt für Schule und Bildung bietet im kommenden Schuljahr mehr als 300 Kurse an, von der Einführung in Lernplattformen bis zum Umgang mit künstlicher Intelligenz im Unterricht. „Ein Tablet ersetzt keinen guten Unterricht, aber es kann ihn besser machen“, sagte Gabriele Krautz, Leiterin eines Gymnasiums in Radebeul, die an der Erarbeitung der Kurse beteiligt war.',
      'Anträge können bis zum 15. September 2023 bei der Sächsischen Aufbaubank gestellt werden.',
    ],
    formats: ['pdf'],
    topics: ['Bildung', 'Digitales'],
  },
  {
    key: '2025-01-28-smk-ganztag',
    sender: SMK,
    senderShort: 'SMK',
    date: '2025-01-28',
    title: 'Ganztagsangebote: Förderung für Grundschulen wird ausgeweitet',
    subtitle: 'Vorbereitung auf den Rechtsanspruch ab August 2026',
    contact: brueckner,
    body: [
      'Ab dem Schuljahr 2026/27 haben Kinder der ersten Klasse einen Rechtsanspruch auf ganztägige Betreuung. Um Grundschulen, Horte und Schulträger darauf vorzubereiten, weitet das Kultusministerium die Förderung von Ganztagsangeboten aus. Die jährlichen Mittel steigen von 38 auf 52 Millionen Euro. Zusätzlich stehen aus einem Investitionsprogramm von Bund und Land 170 Millionen Euro für den Um- und Ausbau von Räumen zur Verfügung.',
      'Gefördert werden Arbeitsgemeinschaften, Lernzeiten und Freizeitangebote, die Schulen gemeinsam mit Horten, Sportvereinen, Musikschulen und anderen Partnern gestalten. Neu ist, dass Schulen einen Teil des Geldes für Koordinatorinnen und Koordinatoren einsetzen können, die die Angebote planen und die Zusammenarbeit mit dem Hort organisieren.',
      '„Ganztag heißt nicht, dass Kinder länger in der Schule sitzen“, sagte Abteilungsleiter Uwe Schreiter. „Es geht um einen Tag, an dem Lernen, Bewegung, Musik und Freizeit gut zusammenpassen. Dafür brauchen die Schulen verlässliche Partner und verlässliches Geld.“',
      'Die geänderte Förderrichtlinie tritt am 1. März 2025 in Kraft. Anträge für das Schuljahr 2025/26 können bis zum 30. April gestellt werden.',
    ],
    formats: ['pdf', 'html'],
    topics: ['Bildung'],
  },
  {
    key: '2025-08-21-smk-tag-der-offenen-tuer',
    sender: SMK,
    senderShort: 'SMK',
    date: '2025-08-21',
    title: OPEN_DAY_TITLE,
    subtitle: 'Schulgeschichte zum Anfassen und Gespräche mit der Schulaufsicht',
    contact: nitzsche,
    body: [
      'Beim Tag der offenen Tür der Staatsregierung öffnet das Kultusministerium am Samstag, dem 23. August 2025, von 10 bis 17 Uhr sein Dienstgebäude am Carolaplatz in Dresden. Besucherinnen und Besucher können einen Blick in Büros und Beratungsräume werfen, die sonst nicht öffentlich zugänglich sind.',
      'Im historischen Sitzungssaal zeigt eine kleine Ausstellung Schulbücher, Zeugnisse und Ranzen aus 150 Jahren sächsischer Schulgeschichte. Kinder können in einem nachgebauten Klassenzimmer mit Griffel und Schiefertafel schreiben. Am Stand der Schulaufsicht beantworten Mitarbeiterinnen und Mitarbeiter Fragen zu Schulwechseln, Bildungsempfehlungen und dem Übergang in die Berufsausbildung.',
      'Um 14 Uhr diskutieren Schülerinnen und Schüler des Landesschülerrates mit Vertretern des Ministeriums über Handyregeln an Schulen. Der Eintritt ist frei, eine Anmeldung ist nicht erforderlich.',
      'Wer sich für einen Beruf an der Schule interessiert, kann sich am Stand des Landesamtes für Schule und Bildung über das Lehramtsstudium, den Vorbereitungsdienst und den Seiteneinstieg beraten lassen. Auch Lehrkräfte aus anderen Ländern, die nach Sachsen wechseln möchten, erhalten dort Auskunft über die Anerkennung ihrer Abschlüsse.',
    ],
    formats: ['html'],
    topics: ['Bildung'],
  },
];
