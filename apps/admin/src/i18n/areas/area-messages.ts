/**
 * The console's one layout for messages: each area (the shell, producers, products, orders…) keeps
 * its messages in one file, both languages side by side, so an area grows without editing a shared
 * catalogue and a message has one home. Keys must not collide across areas: use `ocop.<area>.*` and
 * `resources.<resource>.*`. Only react-admin's own `ra.*` come from elsewhere (ra-vi.ts, and
 * ra-language-english).
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
