import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestFit, fitLinear, fitPowerLaw, rSquared } from '../../../bench/lib/growth-fit.js';

const close = (actual: number, expected: number, tolerance = 1e-6): void =>
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${actual} ≠ ${expected}`);

describe('growth curves', () => {
  const sizes = [30_000, 100_000, 200_000, 300_000];

  it('fits a straight line exactly and predicts along it', () => {
    const points = sizes.map((x) => ({ x, y: 2 + 0.005 * x }));
    const fit = fitLinear(points);
    close(fit.a, 2);
    close(fit.b, 0.005);
    close(fit.r2, 1);
    close(fit.predict(1_000_000), 5002);
    assert.equal(bestFit(points)?.kind, 'linear');
  });

  it('fits a power law on log-log and prefers it where it fits better', () => {
    const points = sizes.map((x) => ({ x, y: 3 * x ** 0.5 }));
    const fit = fitPowerLaw(points)!;
    close(fit.a, 3);
    close(fit.b, 0.5);
    close(fit.r2, 1);
    close(fit.predict(3_000_000), 3 * Math.sqrt(3_000_000));
    const best = bestFit(points)!;
    assert.equal(best.kind, 'power law');
    assert.ok(fitLinear(points).r2 < 1);
  });

  it('takes the power law where both fit equally (two sizes), so a falling rate stays positive', () => {
    const points = [
      { x: 30_000, y: 215 },
      { x: 100_000, y: 139 },
    ];
    assert.ok(fitLinear(points).predict(1_000_000) < 0, 'the line through both points falls below 0');
    const best = bestFit(points)!;
    assert.equal(best.kind, 'power law');
    close(best.predict(100_000), 139);
    assert.ok(best.predict(1_000_000) > 0 && best.predict(1_000_000) < 139);
  });

  it('measures how good a fit is on scattered points', () => {
    const points = [
      { x: 1, y: 1 },
      { x: 2, y: 3 },
      { x: 3, y: 2 },
    ];
    // Line through the means: y = 1 + 0.5x; residuals 0.5, 1, 0.5 → SSres 1.5 of SStot 2.
    close(fitLinear(points).r2, 0.25);
    close(
      rSquared(points, () => 2),
      0,
    );
  });

  it('gives no power law for values that are not positive, and no fit below two sizes', () => {
    assert.equal(
      fitPowerLaw([
        { x: 1, y: 0 },
        { x: 2, y: 1 },
      ]),
      undefined,
    );
    assert.equal(bestFit([{ x: 30_000, y: 5 }]), undefined);
    assert.equal(
      bestFit([
        { x: 30_000, y: 5 },
        { x: 30_000, y: 6 },
      ]),
      undefined,
    );
    assert.equal(
      bestFit([
        { x: 1, y: -1 },
        { x: 2, y: 1 },
      ])?.kind,
      'linear',
    );
  });
});
