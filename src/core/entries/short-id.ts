// Kept apart from entry-path.ts: list and search print short ids and must not load the slug library (~27 ms).
/** The short id that ends an entry's file name: the last four characters of its ULID, lower case. */
export function shortId(id: string): string {
  return id.slice(-4).toLowerCase();
}
