/** A browser stand-in for the admin surface: keeps cookies, follows no redirects, reads form tokens. */
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
