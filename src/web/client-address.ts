/**
 * The key a client's searches are counted under in the fair queue: its IPv4 address, or the /64
 * network of its IPv6 address (one connection usually gets a whole /64, so single IPv6 addresses
 * would let one client appear as many). An IPv4 address written as IPv6 (`::ffff:192.0.2.1`) counts
 * as the IPv4 address.
 */

/** Groups of 16 bits an IPv6 text part stands for (an embedded IPv4 address is two). */
function groups(parts: string[]): number {
  return parts.reduce((n, part) => n + (part.includes('.') ? 2 : 1), 0);
}

export function clientAddressKey(ip: string | undefined): string {
  if (ip === undefined || ip === '') return '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const address = ip.split('%')[0]!.toLowerCase();
  const [head = '', tail] = address.split('::');
  const front = head === '' ? [] : head.split(':');
  const back = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros: string[] = tail === undefined ? [] : Array(Math.max(0, 8 - groups(front) - groups(back))).fill('0');
  const network = [...front, ...zeros, ...back].slice(0, 4).map((part) => {
    const value = Number.parseInt(part, 16);
    return Number.isNaN(value) || part.includes('.') ? part : value.toString(16);
  });
  return `${network.join(':')}::/64`;
}
