/**
 * Accessibility feedback ("Barriere melden") stored in DATA_DIR/feedback/reports.jsonl: one JSON
 * line per report, appended with fsync so nothing acknowledged is lost; reports older than the
 * retention period are deleted (atomic rewrite). Names and e-mail addresses are personal data: the
 * file is written 0600 in a folder made 0700.
 */
import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PRIVATE_DIR, PRIVATE_FILE } from '../archive/data-dir.js';
import { newCaseNumber } from './case-number.js';

export interface FeedbackInput {
  name: string;
  email: string;
  page: string;
  message: string;
}

export interface FeedbackReport extends FeedbackInput {
  /** The case number the visitor is told („K7QX-4M2P“, case-number.ts; older reports: a UUID). */
  id: string;
  receivedAt: string;
}

/** The whole store is capped so a flood cannot fill the disk. */
export const MAX_STORE_BYTES = 20 * 1024 * 1024;

export class FeedbackStoreFullError extends Error {
  override name = 'FeedbackStoreFullError';
}

export function feedbackFile(dataDir: string): string {
  return path.join(dataDir, 'feedback', 'reports.jsonl');
}

export async function readFeedback(dataDir: string): Promise<FeedbackReport[]> {
  const text = await readFile(feedbackFile(dataDir), 'utf8').catch(() => '');
  const reports: FeedbackReport[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      reports.push(JSON.parse(line) as FeedbackReport);
    } catch {
      // a torn line from an interrupted write
    }
  }
  return reports;
}

export async function storeFeedback(dataDir: string, input: FeedbackInput, now = new Date()): Promise<FeedbackReport> {
  const file = feedbackFile(dataDir);
  await mkdir(path.dirname(file), { recursive: true, mode: PRIVATE_DIR });
  const taken = new Set((await readFeedback(dataDir)).map((r) => r.id));
  const report: FeedbackReport = { id: newCaseNumber(taken), receivedAt: now.toISOString(), ...input };
  const line = `${JSON.stringify(report)}\n`;
  const handle = await open(file, 'a', PRIVATE_FILE);
  try {
    if ((await handle.stat()).size + line.length > MAX_STORE_BYTES)
      throw new FeedbackStoreFullError('feedback store is full');
    await handle.appendFile(line);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return report;
}

/** Deletes reports older than `retentionDays`; returns how many were removed. */
export async function purgeFeedback(dataDir: string, retentionDays: number, now = new Date()): Promise<number> {
  const reports = await readFeedback(dataDir);
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  const kept = reports.filter((r) => Date.parse(r.receivedAt) >= cutoff);
  if (kept.length === reports.length) return 0;
  const file = feedbackFile(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, kept.map((r) => `${JSON.stringify(r)}\n`).join(''), { mode: PRIVATE_FILE });
  await rename(tmp, file);
  return reports.length - kept.length;
}
