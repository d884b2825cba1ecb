/**
 * Growth curves through measured points (x = releases, y = a figure): a straight line by least
 * squares, and a power law y = c·x^k by least squares on log x, log y. Both are judged by R² on the
 * measured values themselves, so the two are comparable; the better one predicts.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Fit {
  kind: 'linear' | 'power law';
  /** linear: y = a + b·x; power law: y = a·x^b. */
  a: number;
  b: number;
  /** Coefficient of determination on the measured y (1: every point on the curve). */
  r2: number;
  predict(x: number): number;
}

function leastSquares(points: readonly Point[]): { a: number; b: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const b = sxx === 0 ? 0 : sxy / sxx;
  return { a: my - b * mx, b };
}

/** R² of `predict` on the points; 1 when all y are equal and predicted exactly. */
export function rSquared(points: readonly Point[], predict: (x: number) => number): number {
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const total = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  const residual = points.reduce((s, p) => s + (p.y - predict(p.x)) ** 2, 0);
  if (total === 0) return residual < 1e-12 ? 1 : 0;
  return 1 - residual / total;
}

export function fitLinear(points: readonly Point[]): Fit {
  if (points.length < 2) throw new RangeError('a fit needs at least two points');
  const { a, b } = leastSquares(points);
  const predict = (x: number) => a + b * x;
  return { kind: 'linear', a, b, r2: rSquared(points, predict), predict };
}

/** Undefined where a value is not positive (no logarithm). */
export function fitPowerLaw(points: readonly Point[]): Fit | undefined {
  if (points.length < 2) throw new RangeError('a fit needs at least two points');
  if (points.some((p) => p.x <= 0 || p.y <= 0)) return undefined;
  const { a: logA, b } = leastSquares(points.map((p) => ({ x: Math.log(p.x), y: Math.log(p.y) })));
  const a = Math.exp(logA);
  const predict = (x: number) => a * x ** b;
  return { kind: 'power law', a, b, r2: rSquared(points, predict), predict };
}

/**
 * The fit with the higher R²; undefined below two sizes. When both fit equally (always with two
 * sizes: both curves pass through both points), the power law where it exists: a line through two
 * points of a falling rate predicts negative rates further on, a power law stays positive and bends
 * the way the figure bends.
 */
export function bestFit(points: readonly Point[]): Fit | undefined {
  const distinct = new Set(points.map((p) => p.x)).size;
  if (distinct < 2) return undefined;
  const linear = fitLinear(points);
  const power = fitPowerLaw(points);
  return power && power.r2 >= linear.r2 - 1e-9 ? power : linear;
}
