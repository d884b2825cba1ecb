/** Incidents for generated police reports; {AGE} is a number, {SMALL} a small sum in euros. */

export interface Incident {
  headline: string;
  sentences: string[];
}

export const POLICE_DISTRICTS: Record<string, { districts: string[]; towns: string[] }> = {
  Leipzig: {
    districts: ['Gohlis', 'Connewitz', 'Grünau', 'Paunsdorf', 'Lindenau', 'Plagwitz', 'Reudnitz', 'Schönefeld'],
    towns: ['Markkleeberg', 'Borna', 'Grimma', 'Wurzen', 'Delitzsch', 'Eilenburg', 'Torgau', 'Oschatz'],
  },
  Dresden: {
    districts: ['Neustadt', 'Pieschen', 'Prohlis', 'Gorbitz', 'Striesen', 'Johannstadt', 'Klotzsche', 'Leuben'],
    towns: ['Radebeul', 'Freital', 'Pirna', 'Meißen', 'Coswig', 'Sebnitz', 'Riesa', 'Großenhain'],
  },
  Chemnitz: {
    districts: ['Kaßberg', 'Sonnenberg', 'Hilbersdorf', 'Schloßchemnitz', 'Bernsdorf', 'Markersdorf', 'Gablenz'],
    towns: ['Mittweida', 'Freiberg', 'Flöha', 'Annaberg-Buchholz', 'Marienberg', 'Stollberg', 'Döbeln'],
  },
};

export const INCIDENTS: Incident[] = [
  {
    headline: 'Einbruch in Gartenlaube',
    sentences: [
      'Unbekannte sind in eine Gartenlaube in einer Kleingartenanlage eingebrochen.',
      'Sie entwendeten Werkzeug und einen Rasenmäher im Wert von etwa {SMALL}.',
      'Der Pächter bemerkte den Einbruch am Morgen und verständigte die Polizei.',
    ],
  },
  {
    headline: 'Radfahrer bei Unfall verletzt',
    sentences: [
      'Beim Abbiegen übersah ein {AGE}-jähriger Autofahrer einen Radfahrer, der auf dem Radweg geradeaus fuhr.',
      'Der Radfahrer stürzte und wurde mit Verletzungen in ein Krankenhaus gebracht.',
      'Der Sachschaden beträgt etwa {SMALL}.',
    ],
  },
  {
    headline: 'Diebstahl von Baustelle',
    sentences: [
      'Von einer Baustelle haben Unbekannte Kupferkabel und eine Rüttelplatte gestohlen.',
      'Die Täter hatten den Bauzaun an einer Stelle geöffnet.',
      'Der Schaden wird auf rund {SMALL} geschätzt.',
    ],
  },
  {
    headline: 'Falsche Polizeibeamte erbeuten Bargeld',
    sentences: [
      'Eine {AGE}-jährige Frau ist Opfer von Betrügern geworden, die sich am Telefon als Polizeibeamte ausgaben.',
      'Ein Abholer nahm an der Wohnungstür Bargeld in Höhe von {SMALL} entgegen.',
      'Die Polizei rät: Echte Polizeibeamte fordern niemals am Telefon dazu auf, Geld oder Wertsachen herauszugeben.',
    ],
  },
  {
    headline: 'Müllcontainer in Brand gesetzt',
    sentences: [
      'In der Nacht brannten zwei Müllcontainer in einem Innenhof.',
      'Die Feuerwehr löschte den Brand, bevor er auf das Gebäude übergreifen konnte.',
      'Die Kriminalpolizei ermittelt wegen Brandstiftung.',
    ],
  },
  {
    headline: 'Hochwertiges Fahrrad gestohlen',
    sentences: [
      'Aus einem Fahrradkeller wurde ein E-Bike im Wert von {SMALL} gestohlen.',
      'Das Fahrrad war mit einem Kabelschloss gesichert.',
      'Die Polizei empfiehlt, Fahrräder codieren zu lassen und massive Schlösser zu verwenden.',
    ],
  },
  {
    headline: 'Wildunfall auf der Staatsstraße',
    sentences: [
      'Ein {AGE}-jähriger Autofahrer stieß am frühen Morgen mit einem Reh zusammen.',
      'Der Fahrer blieb unverletzt, das Tier verendete an der Unfallstelle.',
      'Am Fahrzeug entstand ein Schaden von etwa {SMALL}.',
    ],
  },
  {
    headline: 'Graffiti an Schulgebäude',
    sentences: [
      'Unbekannte haben die Fassade einer Oberschule mit Graffiti beschmiert.',
      'Die Reinigung wird nach ersten Schätzungen rund {SMALL} kosten.',
      'Die Polizei hat Ermittlungen wegen Sachbeschädigung aufgenommen.',
    ],
  },
  {
    headline: 'Betrunken am Steuer',
    sentences: [
      'Bei einer Verkehrskontrolle fiel ein {AGE}-jähriger Autofahrer durch Alkoholgeruch auf.',
      'Ein Atemalkoholtest ergab einen Wert von 1,4 Promille.',
      'Der Führerschein wurde sichergestellt, eine Blutentnahme angeordnet.',
    ],
  },
  {
    headline: 'Einbruch in Firmengebäude',
    sentences: [
      'Unbekannte sind in die Büroräume eines Handwerksbetriebs eingedrungen.',
      'Sie durchsuchten Schränke und entwendeten zwei Laptops sowie Bargeld.',
      'Der Gesamtschaden beläuft sich auf etwa {SMALL}.',
    ],
  },
];
