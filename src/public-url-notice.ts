/** The one line `npm start` logs when PUBLIC_URL is unset: which address absolute links use instead. */
import type { Config } from './config.js';

export function publicUrlNotice(config: Pick<Config, 'publicUrl' | 'publicUrlGiven'>): string | undefined {
  if (config.publicUrlGiven) return undefined;
  return `PUBLIC_URL is not set: feeds, sitemap and citations link to ${config.publicUrl}/ (built from HOST, PORT and BASE_PATH); set PUBLIC_URL to the address visitors use`;
}
