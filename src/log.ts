/** Structured logs (pino) on stderr, so stdout stays free for machine-readable output. */
import { pino, destination, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

export function createLogger(level: LogLevel, name: string): Logger {
  return pino({ level, name, base: { pid: process.pid } }, destination({ fd: 2, sync: true }));
}
