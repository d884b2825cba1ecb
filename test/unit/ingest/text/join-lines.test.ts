import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { joinWrappedLines } from '../../../../ingest/text/join-lines.js';

describe('joinWrappedLines', () => {
  const cases: Array<[string[], string]> = [
    [['Forschungsein-', 'richtungen und Universitäten'], 'Forschungseinrichtungen und Universitäten'],
    [['der Gen-', 'und Zelltherapie'], 'der Gen- und Zelltherapie'],
    [['Zell-', 'oder Gentherapie'], 'Zell- oder Gentherapie'],
    [['Schul-', 'sowie Hortträger'], 'Schul- sowie Hortträger'],
    [['Bund-', 'bzw. Länderebene'], 'Bund- bzw. Länderebene'],
    [['aus Sachsen-', 'Anhalt und Thüringen'], 'aus Sachsen-Anhalt und Thüringen'],
    [['von 2021-', '2024'], 'von 2021-2024'],
    [['ein Satz –', 'und weiter'], 'ein Satz – und weiter'],
    [['Wort\u00ad', 'teil'], 'Wortteil'],
    [['www.lsf.sachsen.de/', 'eSignatur.html'], 'www.lsf.sachsen.de/eSignatur.html'],
    [['Zeile eins', 'Zeile zwei'], 'Zeile eins Zeile zwei'],
  ];
  for (const [lines, expected] of cases) {
    test(`${JSON.stringify(lines)} → "${expected}"`, () => assert.equal(joinWrappedLines(lines), expected));
  }
});
