/**
 * A lookup by id in an object without a prototype, not a Map. Ids a report gets from a profile read
 * from YAML are other string objects than the ladder's: Map.get compared their characters on every
 * report (String::SlowEquals in a perf profile), where a property read internalizes the string once.
 * The step lookup alone gave 7-9% more reports/s for the sample profiles (in-process A/B, paired rounds).
 */
export function byId<T>(entries: Iterable<readonly [string, T]>): Record<string, T | undefined> {
  const out = Object.create(null) as Record<string, T | undefined>;
  for (const [id, value] of entries) out[id] = value;
  return out;
}
