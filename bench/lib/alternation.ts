/**
 * Timing in alternation: several pieces of work measured in turns in the same process, so that each
 * meets the same noise of a shared machine (issue 19: ratios are the median of at least three
 * alternating runs). The order turns with each round (A B C, B C A, C A B …), so that no piece
 * always runs right after the same other one.
 */
import { timed } from './timing.js';

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface AlternationOptions {
  rounds: number;
  /** One untimed run of each piece first (default true). */
  warmUp?: boolean;
  /** Called before each timed round (e.g. to log progress). */
  onRound?(round: number): void;
}

/**
 * Runs each piece of `work` once per round, in turns, and returns the milliseconds of every run:
 * `samples[piece][round]`. A piece that prepares or cleans up around the part to time times that
 * part itself and resolves to its milliseconds; for a piece that resolves to nothing the whole call
 * is timed.
 */
export async function alternate(
  work: ReadonlyArray<() => Promise<number | void>>,
  options: AlternationOptions,
): Promise<number[][]> {
  if (options.warmUp ?? true) for (const piece of work) await piece();
  const samples = work.map((): number[] => []);
  for (let round = 0; round < options.rounds; round++) {
    options.onRound?.(round);
    for (let k = 0; k < work.length; k++) {
      const piece = (round + k) % work.length;
      const { result, ms } = await timed(work[piece]!);
      samples[piece]!.push(typeof result === 'number' ? result : ms);
    }
  }
  return samples;
}

/** The ratio of two pieces' times round by round (`over[i] / under[i]`), and its median. */
export function roundRatios(over: readonly number[], under: readonly number[]): { each: number[]; median: number } {
  const each = over.map((value, i) => value / under[i]!);
  return { each, median: median(each) };
}
