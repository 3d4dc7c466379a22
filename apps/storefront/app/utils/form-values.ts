/** A submitted form as plain strings, the shape the @ocop/domain schemas parse. */
export function formStrings(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)]))
}
