/**
 * The operator's details the legal pages need (Impressum, Erklärung zur Barrierefreiheit,
 * Datenschutz, the feedback channel's address, the Schlichtungsstelle of the body's law). Without
 * them the pages show placeholders that reach nobody. In production (`NODE_ENV=production`, the
 * ecosystem's switch) `npm start` refuses to start and names the missing variables; otherwise it
 * warns. Runs first among the start-up checks (docs/operations.md), before Meilisearch is started.
 */

/** Every variable the legal pages read, in the order the message names them. */
export const LEGAL_SETTINGS = [
  'OPERATOR_NAME',
  'OPERATOR_ADDRESS',
  'OPERATOR_EMAIL',
  'OPERATOR_PHONE',
  'OPERATOR_RESPONSIBLE',
  'ARBITRATION_NAME',
  'ARBITRATION_URL',
] as const;

export type LegalSettingsCheck = { refuse: string } | { warn: string } | undefined;

export function checkLegalSettings(env: NodeJS.ProcessEnv): LegalSettingsCheck {
  const missing = LEGAL_SETTINGS.filter((name) => (env[name] ?? '').trim() === '');
  if (missing.length === 0) return undefined;
  const list = missing.join(', ');
  if (env.NODE_ENV === 'production') {
    return {
      refuse: `NODE_ENV=production needs the operator's details for Impressum, Erklärung zur Barrierefreiheit and Datenschutz; not set: ${list}`,
    };
  }
  return {
    warn: `The legal pages show placeholders (Musterbehörde, presse@example.org), so reports of barriers reach nobody; not set: ${list}. With NODE_ENV=production the start is refused.`,
  };
}
