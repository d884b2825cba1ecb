/**
 * Logs (pino) on stderr, so stdout stays free for machine-readable output: JSON lines for log
 * collectors and tests, or readable lines for a person at a terminal (LOG_FORMAT, see config.ts).
 */
import { createRequire } from 'node:module';
import { pino, destination, type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { LogFormat, LogLevel } from './config.js';

export type { Logger };

/** Where log lines go; `isTTY` tells whether a person reads them at a terminal. */
export interface LogTarget extends DestinationStream {
  isTTY?: boolean;
}

export interface LoggerOptions {
  /** Asked-for form (LOG_FORMAT); undefined: readable lines exactly when the target is a terminal. */
  format?: LogFormat | undefined;
  /** Default: stderr, written synchronously (nothing is lost at process.exit). */
  target?: LogTarget;
  /** Colours in readable lines; default: when the target is a terminal. */
  colors?: boolean;
}

/** The form the lines take: the asked-for one, else readable at a terminal and JSON lines everywhere else. */
export function resolveLogFormat(asked: LogFormat | undefined, isTTY: boolean): LogFormat {
  return asked ?? (isTTY ? 'pretty' : 'json');
}

export function createLogger(level: LogLevel, name: string, options: LoggerOptions = {}): Logger {
  const target = options.target ?? destination({ fd: 2, sync: true });
  const isTTY = options.target ? options.target.isTTY === true : process.stderr.isTTY === true;
  const format = resolveLogFormat(options.format, isTTY);
  const stream = format === 'json' ? target : readableLines(target, { level, colors: options.colors ?? isTTY });
  return pino({ level, name, base: { pid: process.pid } }, stream);
}

/** Fields every line has, shown in their own places (time, level) or of no use to a reader. */
const OWN_PLACE = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'name', 'err']);
/** Numbers of pino's levels error and fatal: their errors are shown with the stack. */
const ERROR_LEVEL = 50;

/**
 * A stream that turns pino's JSON lines into readable ones and writes them to `target` at once:
 * `09:05:07 WARN: Sample release not loaded file=a.pdf reason="too large"`. An `err` is shown as its
 * message (with those of its causes); its stack follows on indented lines at level error and fatal,
 * and at every level when the logger's level is debug or trace.
 */
export function readableLines(target: DestinationStream, options: { level: LogLevel; colors: boolean }): LogTarget {
  // Loaded only here: the JSON path does not pay for pino-pretty's start-up.
  const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  const allStacks = options.level === 'debug' || options.level === 'trace';
  const prettify = prettyFactory({
    colorize: options.colors,
    translateTime: 'SYS:HH:MM:ss',
    customPrettifiers: { time: (time) => String(time) },
    ignore: 'pid,hostname,name',
    hideObject: true,
    messageFormat: (log) => readableMessage(log, allStacks || Number(log.level) >= ERROR_LEVEL),
  });
  return { write: (line: string) => target.write(prettify(line)) };
}

function readableMessage(log: Record<string, unknown>, withStack: boolean): string {
  const parts: string[] = [];
  if (log.msg !== undefined) parts.push(escapeControls(String(log.msg)));
  // A `pid` field of the call (e.g. Meilisearch's) replaces the process's own in the parsed line.
  if (log.pid !== undefined && log.pid !== process.pid) parts.push(`pid=${fieldValue(log.pid)}`);
  for (const [key, value] of Object.entries(log)) {
    if (!OWN_PLACE.has(key)) parts.push(`${escapeControls(key)}=${fieldValue(value)}`);
  }
  let stack = '';
  if (log.err !== undefined) {
    const err = log.err as { message?: unknown; stack?: unknown } | null;
    const isError = typeof err === 'object' && err !== null && typeof err.message === 'string';
    // pino's error serializer already joined the messages of the cause chain ("outer: inner").
    parts.push(`err=${fieldValue(isError ? err.message : err)}`);
    if (isError && withStack && typeof err.stack === 'string') {
      stack = err.stack
        .split('\n')
        .map((line) => `\n    ${escapeControls(line)}`)
        .join('');
    }
  }
  return parts.join(' ') + stack;
}

/** Bare when it reads unambiguously, else quoted and escaped like JSON. */
function fieldValue(value: unknown): string {
  if (typeof value === 'string') {
    return /^[\p{L}\p{N}\p{P}\p{S}]+$/u.test(value) && !/["=\\]/.test(value)
      ? value
      : escapeControls(JSON.stringify(value));
  }
  if (typeof value === 'object' && value !== null) return escapeControls(JSON.stringify(value));
  return String(value);
}

/** Control characters (which could steer the terminal or fake a line) become \u escapes. */
function escapeControls(text: string): string {
  return text.replace(/\p{Cc}/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
