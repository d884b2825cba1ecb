/**
 * The one real release among the samples (all others are invented sample data).
 * Quelle: Medieninformation des SMWK vom 2. Juni 2026, published in the Medienservice Sachsen
 * (https://www.medienservice.sachsen.de/); the files of the samples were re-created by the project
 * from the published text (its exact address is not known).
 */
import type { SampleRelease } from '../sample-release.js';

export const REAL_SMWK_HIGHTECH_AGENDA: SampleRelease = {
  key: '2026-06-02-smwk-hightech-agenda',
  sender: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
  senderShort: 'SMWK',
  date: '2026-06-02',
  title: 'Hightech Agenda bestätigt sächsisches Kernthema Zell- und Gentherapie',
  subtitle: 'Internationale Konferenz mit Experten aus Wissenschaft, Wirtschaft und Politik tagt in Dresden',
  contact: { name: 'Falk Lange', phone: '+49 351 564 60200', email: 'falk.lange@smwk.sachsen.de' },
  body: [
    'Sichere und zugängliche Zell- und Gentherapien gestalten und eine breite medizinische Anwendung ermöglichen: Mit dieser Aufgabe beschäftigen sich internationale Experten aus Wissenschaft, Industrie und Politik am 3. Juni 2026 auf der Konferenz SaxoCell 2026, zu der das sächsische Zukunftscluster SaxoCell nach Dresden eingeladen hat. Der Ausbau von Gen- und Zelltherapien gehört zu den sächsischen Schwerpunktthemen und ist in die Hightech Agenda der Bundesregierung aufgenommen worden.',
    'Wissenschaftsminister Sebastian Gemkow: »Mit der Hightech Agenda Deutschland hat die Bundesregierung ein starkes Signal gesetzt zur Stärkung der Innovationskraft, der Wertschöpfung und der Sicherung der technologischen Souveränität »Made in Germany«. In Sachsen sehen wir uns mit den Kernthemen durch die Roadmaps bestätigt und verstehen uns als starker Partner und Treiber bei der Umsetzung der Hightech Agenda. Das gilt auch für die Biotechnologie, insbesondere die Gen- und Zellforschung. Es kommt darauf an, aus wissenschaftlichen Erkenntnissen in die klinische Anwendung zu kommen und ein realistisches Wirtschaftsmodell zu entwickeln.«',
    'Eine der größten Stärken Sachsens sei die enge Zusammenarbeit zwischen führenden Forschungseinrichtungen, Universitäten, klinischen Forschungszentren, innovativen Unternehmen und Industriepartnern, sagte der Minister weiter. Gerade in hochkomplexen und innovationsgetriebenen Bereichen wie neuartigen Therapien ließen sich Durchbrüche nur erzielen, wenn wissenschaftliche Exzellenz und unternehmerische Innovation Hand in Hand gingen: »Deshalb sind Konferenzen wie SaxoCell 2026 so wertvoll. Sie fördern Netzwerke, Vertrauen und Zusammenarbeit über Disziplinen und Branchen hinweg.«',
    'SaxoCell ist Gewinner der bundesweiten Clusters4Future-Initiative des BMBF und wird mit jeweils 15 Millionen Euro für die erste (2021–2024) und zweite (2024–2027) Umsetzungsphase gefördert. Es ist eines der führenden Zentren in Deutschland, das sich mit der Erforschung neuer Anwendungen und Produktionsmethoden für personalisierte Therapien und »lebende Medikamente« widmet. Forschende sowie Ärztinnen und Ärzte der TU Dresden, des Fraunhofer-Instituts für Zellbiologie und Genetik IZI, der Uniklinika in Dresden und Leipzig und des Klinikums Chemnitz arbeiten eng auch mit Anwendungsspezialisten aus der Wirtschaft zusammen.',
  ],
  formats: ['pdf', 'html'],
  topics: ['Wissenschaft und Forschung', 'Gesundheit'],
  source: 'Medieninformation des SMWK vom 2. Juni 2026',
  // Medienservice Sachsen, the Saxon government's press portal, where the SMWK publishes its releases.
  publishedIn: { name: 'Medienservice Sachsen', url: 'https://www.medienservice.sachsen.de/' },
};
