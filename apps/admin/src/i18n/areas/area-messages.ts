/**
 * Each console area keeps its own messages next to the others' instead of in the one big catalogue,
 * so that areas can grow without editing a shared file. Keys must not collide across areas: use
 * `ocop.<area>.*` and `resources.<resource>.*`.
 */
export type MessageTree = { [key: string]: string | MessageTree }

export interface AreaMessages {
  vi: MessageTree
  en: MessageTree
}

/** Deep merge of message trees; a later tree wins on a leaf, objects are merged. */
export function mergeMessages(...trees: MessageTree[]): MessageTree {
  const out: MessageTree = {}
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const current = out[key]
      out[key] = typeof value === "object" && typeof current === "object" ? mergeMessages(current, value) : value
    }
  }
  return out
}
