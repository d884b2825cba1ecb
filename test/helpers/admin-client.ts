/**
 * A browser stand-in for the admin surface: keeps cookies, follows no redirects, reads form tokens,
 * uploads and reads a job's report.
 */
import { ADMIN_ROUTES } from '../../src/admin/admin-routes.js';

export interface AdminResponse {
  status: number;
  location: string | null;
  setCookies: string[];
  text: string;
}

export class AdminClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly origin: string,
    readonly headers: Record<string, string> = {},
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** `form`: a field with several values (checkboxes) as a list. */
  async request(
    method: 'GET' | 'POST',
    path: string,
    form?: Record<string, string | string[]>,
  ): Promise<AdminResponse> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form ?? {}))
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    const res = await fetch(`${this.origin}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...this.headers,
        ...(this.cookies.size ? { Cookie: this.cookieHeader() } : {}),
        ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: body.toString() } : {}),
    });
    const setCookies = res.headers.getSetCookie();
    for (const header of setCookies) {
      const [pair] = header.split(';');
      const eq = pair!.indexOf('=');
      const [name, value] = [pair!.slice(0, eq), pair!.slice(eq + 1)];
      if (value === '' || /Max-Age=0/.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: res.status, location: res.headers.get('location'), setCookies, text: await res.text() };
  }

  get(path: string): Promise<AdminResponse> {
    return this.request('GET', path);
  }

  post(path: string, form: Record<string, string | string[]>): Promise<AdminResponse> {
    return this.request('POST', path, form);
  }

  /** Posts a form with files (multipart/form-data), as a browser sends the upload form. */
  async postFiles(
    path: string,
    fields: Record<string, string>,
    files: Array<{ name: string; data: Buffer | string }>,
  ): Promise<AdminResponse> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const file of files)
      form.append(
        'dateien',
        new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)]),
        file.name,
      );
    const res = await fetch(`${this.origin}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...this.headers, ...(this.cookies.size ? { Cookie: this.cookieHeader() } : {}) },
      body: form,
    });
    return { status: res.status, location: res.headers.get('location'), setCookies: [], text: await res.text() };
  }

  /** Uploads `files` through the form at `${prefix}/hochladen`; returns the job page's address. */
  async startUpload(prefix: string, files: Array<{ name: string; data: Buffer | string }>): Promise<string> {
    const token = AdminClient.token((await this.get(`${prefix}/hochladen`)).text);
    const sent = await this.postFiles(`${prefix}/hochladen`, { _csrf: token }, files);
    if (sent.status !== 303 || !sent.location)
      throw new Error(`upload refused: ${sent.status}\n${sent.text.slice(0, 500)}`);
    return sent.location;
  }

  /** Reloads the job page (as an archivist does) until `done` holds for it; returns its text. */
  async jobPage(location: string, done: (html: string) => boolean, timeoutMs = 120_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const page = await this.get(location);
      if (page.status !== 200) throw new Error(`job page: ${page.status}`);
      if (done(page.text)) return page.text;
      if (Date.now() > until) throw new Error(`the job page did not show what was awaited in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The page and report rows of an upload job once it has ended. */
  async jobReport(location: string, timeoutMs?: number): Promise<{ page: string; rows: ReportRow[] }> {
    const page = await this.jobPage(location, (html) => /Fertig\.|Abgebrochen:/.test(html), timeoutMs);
    return { page, rows: reportRows(page) };
  }

  /** Uploads `files` and waits for the job's report. */
  async upload(
    prefix: string,
    files: Array<{ name: string; data: Buffer | string }>,
    timeoutMs?: number,
  ): Promise<{ location: string; page: string; rows: ReportRow[] }> {
    const location = await this.startUpload(prefix, files);
    return { location, ...(await this.jobReport(location, timeoutMs)) };
  }

  /** The CSRF token of the first form on a page. */
  static token(html: string): string {
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!match) throw new Error(`no form token on the page:\n${html.slice(0, 500)}`);
    return match[1]!;
  }

  /** Opens the sign-in page and signs in; returns the answer to the post. */
  async signIn(prefix: string, name: string, password: string): Promise<AdminResponse> {
    const form = await this.get(`${prefix}/anmelden`);
    return this.post(`${prefix}/anmelden`, { _csrf: AdminClient.token(form.text), name, password });
  }
}

/** The text of the error summary's first entry (what the form says went wrong). */
export function formError(html: string): string | undefined {
  return /<div class="error-summary"[\s\S]*?<a href="#[^"]+">([^<]*)<\/a>/.exec(html)?.[1];
}

export interface ReportRow {
  file: string;
  status: string;
  id: string;
  reason: string;
}

/** The report table of a job page: file, status, release id, reason per row. */
export function reportRows(html: string): ReportRow[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => {
    const cells = [...row!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(([, cell]) =>
      cell!
        .replace(/<[^>]+>/g, '')
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, '&')
        .trim(),
    );
    return { file: cells[0]!, status: cells[1]!, id: cells[2]!, reason: cells[3]! };
  });
}

/**
 * Asks every session route of the route table without a session (or with `cookie`, a forged one):
 * each must send to the sign-in page and show nothing of itself. Returns what did not.
 */
export async function sessionRouteProblems(origin: string, prefix: string, cookie?: string): Promise<string[]> {
  const problems: string[] = [];
  for (const route of ADMIN_ROUTES.filter((r) => r.access === 'session')) {
    const res = await fetch(`${origin}${prefix}${route.path.replace(':id', '0123456789abcdef')}`, {
      method: route.method.toUpperCase(),
      redirect: 'manual',
      headers: cookie ? { Cookie: cookie } : {},
    });
    const what = `${route.method} ${route.path}${cookie ? ' (forged cookie)' : ''}`;
    if (res.status !== 303 || res.headers.get('location') !== `${prefix}/anmelden`)
      problems.push(`${what}: ${res.status} ${res.headers.get('location')}`);
    if (/<h1|<main/.test(await res.text())) problems.push(`${what}: shows something of the page`);
  }
  return problems;
}
