/**
 * What the web server and the admin process do alike as children of `npm start`: a failed start is
 * one line on stderr and the same line to the parent over IPC; the port is reported when listening;
 * SIGTERM, SIGINT and a lost parent close the server.
 */
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
