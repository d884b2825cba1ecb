/**
 * The route table of /verwaltung: every route the admin process answers, with its method and
 * whether it needs a session. The app registers its routes from this table alone, and the tests
 * read it to check that every session route refuses without one. Paths are below
 * BASE_PATH + /verwaltung. Every POST is checked for its CSRF token by the registration, not by
 * each handler.
 */
export const ADMIN_PREFIX = '/verwaltung';

export type Access = 'public' | 'session';

export interface AdminRoute {
  name: string;
  method: 'get' | 'post';
  path: string;
  access: Access;
  /** A form with files (multipart), parsed by the upload receiver instead of the form parser. */
  body?: 'multipart';
}

export const ADMIN_ROUTES = [
  { name: 'stylesheet', method: 'get', path: '/stil.css', access: 'public' },
  { name: 'signInForm', method: 'get', path: '/anmelden', access: 'public' },
  { name: 'signIn', method: 'post', path: '/anmelden', access: 'public' },
  { name: 'start', method: 'get', path: '/', access: 'session' },
  { name: 'audit', method: 'get', path: '/protokoll', access: 'session' },
  { name: 'withdrawForm', method: 'get', path: '/zurueckziehen', access: 'session' },
  { name: 'withdraw', method: 'post', path: '/zurueckziehen', access: 'session' },
  { name: 'withdrawnList', method: 'get', path: '/zurueckgezogen', access: 'session' },
  { name: 'restore', method: 'post', path: '/wiederherstellen', access: 'session' },
  { name: 'correctForm', method: 'get', path: '/korrigieren', access: 'session' },
  { name: 'correct', method: 'post', path: '/korrigieren', access: 'session' },
  { name: 'undoCorrection', method: 'post', path: '/korrektur-zuruecknehmen', access: 'session' },
  { name: 'uploadForm', method: 'get', path: '/hochladen', access: 'session' },
  { name: 'upload', method: 'post', path: '/hochladen', access: 'session', body: 'multipart' },
  { name: 'runs', method: 'get', path: '/laeufe', access: 'session' },
  { name: 'run', method: 'get', path: '/laeufe/:id', access: 'session' },
  { name: 'feedback', method: 'get', path: '/rueckmeldungen', access: 'session' },
  { name: 'markFeedback', method: 'post', path: '/rueckmeldungen', access: 'session' },
  { name: 'deleteForm', method: 'get', path: '/loeschen', access: 'session' },
  { name: 'deleteRelease', method: 'post', path: '/loeschen', access: 'session' },
  { name: 'signOut', method: 'post', path: '/abmelden', access: 'session' },
] as const satisfies readonly AdminRoute[];

export type AdminRouteName = (typeof ADMIN_ROUTES)[number]['name'];

/** The address of a route of the table, e.g. `/archiv/verwaltung/anmelden`. */
export function adminPath(base: string, path: string): string {
  return `${base}${ADMIN_PREFIX}${path}`;
}
