/** Deep equality good enough for JSON records (what forms edit and Medusa returns). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  // Forms turn a cleared input into null where the server sent undefined (absent key).
  if (a == null && b == null) return true
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Fields of `data` that differ from `previous`, minus server-owned ones. Medusa's update routes
 * validate with strict schemas, so sending only changes avoids rejections on read-only relations.
 */
export function changedFields(
  data: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
  readOnly: readonly string[],
): Record<string, unknown> {
  const changes: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    if (readOnly.includes(key)) continue
    if (previous && sameJson(value, previous[key])) continue
    changes[key] = value
  }
  return changes
}

/** Drops null/undefined/"" values: on create, "not filled in" must mean "absent", not null. */
export function withoutEmpty<T extends Record<string, unknown>>(data: T): Partial<T> {
  const result: Partial<T> = {}
  for (const [key, value] of Object.entries(data) as [keyof T, unknown][]) {
    if (value === null || value === undefined || value === "") continue
    result[key] = value as T[keyof T]
  }
  return result
}
