/**
 * What the web server and the admin process do alike as children of `npm start`: a failed start is
 * one line on stderr and the same line to the parent over IPC; the port is reported when listening;
 * SIGTERM, SIGINT and a lost parent close the server.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';
import { loadConfig, type Config } from './config.js';
import { ConfigError } from './errors/config-error.js';
import type { Logger } from './log.js';

export function failStart(message: string): never {
  process.stderr.write(`pressearchiv: ${message}\n`);
  process.send?.({ type: 'failed', error: message });
  process.exit(1);
}

export function loadChildConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    failStart(error instanceof ConfigError ? error.message : String(error));
  }
}

/** What a visitor reads when Node's HTTP parser refuses a request, by the status Node would send. */
const REFUSALS: Record<number, { reason: string; title: string; text: string }> = {
  400: {
    reason: 'Bad Request',
    title: 'Ungültige Anfrage',
    text: 'Die Anfrage konnte nicht gelesen werden. Bitte rufen Sie die Seite noch einmal auf.',
  },
  408: {
    reason: 'Request Timeout',
    title: 'Zeitüberschreitung',
    text: 'Die Anfrage kam nicht rechtzeitig vollständig an. Bitte versuchen Sie es noch einmal.',
  },
  413: {
    reason: 'Payload Too Large',
    title: 'Anfrage zu groß',
    text: 'Die Anfrage ist zu groß und wurde nicht angenommen.',
  },
  431: {
    reason: 'Request Header Fields Too Large',
    title: 'Anfrage zu lang',
    text: 'Die Adresse der Seite oder die übrigen Angaben der Anfrage sind zu lang. Bitte kürzen Sie die Adresse, zum Beispiel den Suchbegriff.',
  },
};

const STATUS_OF: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** The bytes of a refusal: a short German page with the status line Node would send. */
export function refusalResponse(code: string | undefined): string {
  const status = STATUS_OF[code ?? ''] ?? 400;
  const { reason, title, text } = REFUSALS[status]!;
  const body = `<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Pressearchiv</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>\n`;
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/**
 * Requests Node's HTTP parser refuses (an address beyond its 16 KB of headers, a malformed or too slow
 * request) get a short German page instead of an empty answer. As Node's own handler: nothing is
 * written into a response already under way on the connection, and the connection is closed.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent)
      socket.write(refusalResponse(error.code));
    socket.destroy();
  });
}

export interface ServeOptions {
  port: number;
  host: string;
  log: Logger;
  /** The variable that sets the port, named when it is taken ("PORT"). */
  portVariable: string;
  /** "The web server", "The admin process". */
  what: string;
  /** The log line once listening ("Web server listening"). */
  listening: string;
}

export function serveAsChild(app: Express, { port, host, log, portVariable, what, listening }: ServeOptions): void {
  const server = app.listen(port, host);
  answerClientErrors(server);
  server.on('listening', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    process.send?.({ type: 'listening', port: actual });
    log.info({ port: actual }, listening);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    failStart(
      error.code === 'EADDRINUSE'
        ? `Port ${port} on ${host} is already in use; choose another with ${portVariable}.`
        : `${what} cannot listen on ${host}:${port} (${error.code ?? error.message}).`,
    );
  });
  const close = (): void => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
  process.on('disconnect', close);
}
