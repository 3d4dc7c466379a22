/**
 * Tidies a certificate number typed by a buyer: trims it and collapses inner spaces. Case is kept
 * because the register is the authority on how numbers are written.
 */
export function normalizeCertificateNumber(input: unknown): string | null {
  if (typeof input !== "string") return null
  const value = input.trim().replace(/\s+/g, " ")
  // Generous bounds: long enough for any decision-style number, short enough to reject junk.
  if (value.length < 2 || value.length > 64) return null
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ./_-]*$/u.test(value)) return null
  return value
}
