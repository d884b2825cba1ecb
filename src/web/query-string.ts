/**
 * Express's query parser: qs, as Express's "extended" setting uses it, except for the array limit.
 * With qs's default (20), a parameter repeated more often became an object (`{ "0": …, "20": … }`),
 * so ticking 21 of Berlin's 71 senders was a 400. The limit now equals the number of parameters qs
 * reads at all, so a repeated parameter always stays a list and the request parser applies each
 * facet's own limit (facet-definition.ts `maxValues`) with its own message.
 */
import qs from 'qs';

/** Parameters read from one query string (qs's default); later ones are ignored. */
export const QUERY_PARAMETER_LIMIT = 1000;

export function parseQueryString(text: string): qs.ParsedQs {
  return qs.parse(text, {
    allowPrototypes: true,
    arrayLimit: QUERY_PARAMETER_LIMIT,
    parameterLimit: QUERY_PARAMETER_LIMIT,
  });
}
