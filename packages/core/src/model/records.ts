/**
 * Records keyed by values from data (counties, sectors, categories, ids). A plain `{}` inherits
 * from Object.prototype, so a county named `__proto__` would set its prototype instead of a count
 * and a sector named `constructor` would read as a function: answers would be silently wrong. A
 * record with no prototype holds every string as an ordinary key and serialises to the same JSON.
 */
export function dataRecord<Value>(): Record<string, Value> {
  return Object.create(null) as Record<string, Value>;
}
