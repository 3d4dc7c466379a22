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

/**
 * Deep merge of message trees that gives every key one home: objects are merged, and a message
 * defined in two trees is refused (no "later file wins"), so the catalogue fails to load, and the
 * i18n tests fail, the moment two areas or the main catalogue claim the same key.
 */
export function mergeMessages(...trees: MessageTree[]): MessageTree {
  const merge = (out: MessageTree, tree: MessageTree, path: string) => {
    for (const [key, value] of Object.entries(tree)) {
      const current = out[key]
      if (current === undefined) out[key] = typeof value === "object" ? merge({}, value, `${path}${key}.`) : value
      else if (typeof current === "object" && typeof value === "object") merge(current, value, `${path}${key}.`)
      else throw new Error(`i18n: message ${path}${key} is defined twice`)
    }
    return out
  }
  return trees.reduce<MessageTree>((out, tree) => merge(out, tree, ""), {})
}
