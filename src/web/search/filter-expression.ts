/**
 * The parts of a Meilisearch filter that user input can reach. A value is only ever a double-quoted
 * string with backslash and double quote escaped, or a validated integer, so a value such as
 * `" OR 1=1` is compared as text and can never change the structure of the filter.
 */

/** A filter in Meilisearch's array form: the entries are ANDed, the strings of an inner array ORed. */
export type FilterList = Array<string | string[]>;

/** `a"b\c` → `"a\"b\\c"`: a double-quoted Meilisearch filter string that means exactly `value`. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attribute = "v1" OR attribute = "v2" …` as an OR group; integers stay unquoted. */
export function anyOf(attribute: string, values: ReadonlyArray<string | number>): string[] {
  return values.map((value) => {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) throw new Error(`Not an integer filter value: ${value}`);
      return `${attribute} = ${value}`;
    }
    return `${attribute} = ${quoteFilterValue(value)}`;
  });
}
