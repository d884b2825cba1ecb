/**
 * Which „Barriere melden“ reports the archivists have dealt with: DATA_DIR/feedback/done.jsonl,
 * one line per mark („done“ or opened again), appended by the admin process — a file of its own,
 * because the public server appends to the reports and the retention purge rewrites them. The last
 * mark of a case counts; a torn last line is skipped; marks of purged reports are ignored.
 */
import path from 'node:path';
import { appendJsonl, readJsonl } from '../archive/jsonl-file.js';

export interface FeedbackMark {
  /** The report's case number. */
  id: string;
  done: boolean;
  /** ISO time. */
  at: string;
  account: string;
}

export function feedbackMarksFile(dataDir: string): string {
  return path.join(dataDir, 'feedback', 'done.jsonl');
}

/** The latest mark of each case. */
export async function readFeedbackMarks(dataDir: string): Promise<Map<string, FeedbackMark>> {
  const { lines } = await readJsonl(feedbackMarksFile(dataDir));
  const marks = new Map<string, FeedbackMark>();
  for (const line of lines) {
    if (!line.trim()) continue;
    let mark: FeedbackMark;
    try {
      mark = JSON.parse(line) as FeedbackMark;
    } catch (error) {
      if (error instanceof SyntaxError) continue; // a torn line another append followed
      throw error;
    }
    if (typeof mark.id === 'string' && typeof mark.done === 'boolean') marks.set(mark.id, mark);
  }
  return marks;
}

export async function markFeedback(dataDir: string, mark: FeedbackMark): Promise<void> {
  await appendJsonl(feedbackMarksFile(dataDir), [mark]);
}
