/**
 * Reads a password for `npm run user`: at a terminal without echo (raw mode; Backspace deletes,
 * Ctrl-C stops), asked twice; from a pipe the first line, for scripts (`printf '%s\n' "$PW" | npm run
 * user -- add anna`). The password never appears on the command line, where `ps` would show it.
 */
import { createInterface } from 'node:readline';

async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

function askHidden(prompt: string, input: NodeJS.ReadStream, output: NodeJS.WritableStream): Promise<string> {
  return new Promise((resolve) => {
    output.write(prompt);
    let typed = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (): void => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          done();
          resolve(typed);
          return;
        }
        if (char === '\u0003') {
          done();
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}

export class PasswordMismatchError extends Error {
  override name = 'PasswordMismatchError';
}

export async function readNewPassword(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): Promise<string> {
  if (!input.isTTY) return firstLine(input);
  const first = await askHidden('Neues Passwort: ', input, output);
  const second = await askHidden('Passwort wiederholen: ', input, output);
  if (first !== second) throw new PasswordMismatchError('Die beiden Eingaben stimmen nicht überein.');
  return first;
}
