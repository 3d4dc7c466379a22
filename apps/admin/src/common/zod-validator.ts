import { fieldErrors, type IssueLike } from "@ocop/domain"
import type { ConsoleLocale } from "../i18n/i18n-provider"

/** The part of a zod object schema the form validator needs (structural: no direct zod import). */
export interface ObjectSchemaLike {
  readonly shape: Record<string, unknown>
  safeParse(value: unknown): { success: boolean; error?: { issues: ReadonlyArray<IssueLike> } }
}

/** Turns flat `a.b` keys into the nested object react-admin's form `validate` must return. */
export function nestErrors(flat: Record<string, string>): Record<string, unknown> {
  const nested: Record<string, unknown> = {}
  for (const [path, message] of Object.entries(flat)) {
    if (path === "") continue // form-level issues have no input to attach to
    const parts = path.split(".")
    let node = nested
    parts.slice(0, -1).forEach((part) => {
      node[part] = (node[part] as Record<string, unknown>) ?? {}
      node = node[part] as Record<string, unknown>
    })
    node[parts[parts.length - 1]!] = message
  }
  return nested
}

/**
 * A react-admin form `validate` function running one of the domain's zod schemas, so the console
 * enforces exactly the rules the backend enforces. Only the schema's own fields are checked (the
 * record also carries id, timestamps and relations), and react-admin's null for a cleared input
 * is read as "not given", which is what the schemas' optional fields expect.
 */
export function zodFormValidator(schema: ObjectSchemaLike, locale: ConsoleLocale) {
  const fields = Object.keys(schema.shape)
  return (values: Record<string, unknown>): Record<string, unknown> => {
    const input: Record<string, unknown> = {}
    for (const field of fields) {
      const value = values[field]
      if (value !== null && value !== undefined) input[field] = value
    }
    const result = schema.safeParse(input)
    if (result.success || !result.error) return {}
    return nestErrors(fieldErrors(result.error, locale))
  }
}
