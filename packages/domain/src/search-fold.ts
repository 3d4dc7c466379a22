/**
 * Diacritic-insensitive search for Vietnamese (docs/domain.md §9): buyers type "nam huong sa pa" and must
 * find "Nấm hương Sa Pa".
 */

// đ/Đ are letters of their own, not d + a combining mark, so NFD leaves them; Ð (U+00D0, eth) is a
// common look-alike typed for Đ.
const D_WITH_STROKE = /[đĐÐ]/gu
const COMBINING_MARKS = /\p{M}+/gu
const WHITESPACE = /\s+/gu

/** Lowercase, strip diacritics (đ → d), collapse whitespace and trim: "Nấm hương Đà" → "nam huong da". */
export function foldVietnamese(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(COMBINING_MARKS, "")
      .replace(D_WITH_STROKE, "d")
      .toLowerCase()
      // Lowercasing can introduce marks again (İ → i + U+0307), so strip once more.
      .normalize("NFD")
      .replace(COMBINING_MARKS, "")
      .replace(WHITESPACE, " ")
      .trim()
  )
}

/** Folded words of `text`, split on anything that is not a letter or digit; empty tokens dropped. */
export function searchTokens(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
}

/**
 * True when every query token is the start of some word in the haystack ("huong sa" matches
 * "Nấm hương Sa Pa"). Prefix rather than substring matching keeps short queries precise ("ha" finds
 * "Bắc Hà" but not "Thảo dược") while still matching as the buyer types. An empty query matches
 * everything.
 */
export function matchesSearch(haystack: string, query: string): boolean {
  const words = searchTokens(haystack)
  return searchTokens(query).every((token) => words.some((word) => word.startsWith(token)))
}
