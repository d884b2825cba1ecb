/** A wrong or missing setting: the message names the variable and what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
