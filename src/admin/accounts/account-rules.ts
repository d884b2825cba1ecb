/** What an account name and a password must look like; messages in German for `npm run user`. */

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** Names are compared in lower case. */
export function normalName(name: string): string {
  return name.trim().toLowerCase();
}

export function nameProblem(name: string): string | undefined {
  return /^[a-z0-9][a-z0-9._-]{0,63}$/.test(name)
    ? undefined
    : 'Der Name darf nur aus Buchstaben a–z, Ziffern, Punkt, Unterstrich und Bindestrich bestehen, mit einem Buchstaben oder einer Ziffer beginnen und höchstens 64 Zeichen lang sein.';
}

export function passwordProblem(password: string): string | undefined {
  if ([...password].length < PASSWORD_MIN) return `Das Passwort muss mindestens ${PASSWORD_MIN} Zeichen lang sein.`;
  if ([...password].length > PASSWORD_MAX) return `Das Passwort darf höchstens ${PASSWORD_MAX} Zeichen lang sein.`;
  if (/[\p{Cc}]/u.test(password)) return 'Das Passwort darf keine Steuerzeichen enthalten.';
  return undefined;
}
