import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"

/** Column headers whose cells name files or folders of the repository. */
const PATH_COLUMNS = new Set(["path", "where"])

/** A code span that names a path in the tree (not a URL route, hash route, glob or command). */
const looksLikePath = (span) =>
  /^[\w.@-][\w.@/[\]-]*$/.test(span) && (span.includes("/") || /\.\w+$/.test(span)) && !span.startsWith("/")

const codeSpans = (text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1])
const cells = (row) =>
  row
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)

/**
 * The paths a README's layout names: code spans in the "path"/"where" column of its tables, and the
 * leading code span of each list item under a "Layout" heading.
 */
export function layoutPaths(markdown) {
  const lines = markdown.split("\n")
  const paths = []
  let columns = null
  let inLayout = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (/^#{1,6}\s/.test(line)) inLayout = /^#{1,6}\s+layout\b/i.test(line)
    if (line.trim().startsWith("|")) {
      if (columns === null && /^\s*\|[\s|:-]+\|\s*$/.test(lines[i + 1] ?? "")) {
        columns = cells(line)
          .map((c, n) => (PATH_COLUMNS.has(c.trim().toLowerCase()) ? n : -1))
          .filter((n) => n >= 0)
        i++
        continue
      }
      for (const n of columns ?? []) paths.push(...codeSpans(cells(line)[n] ?? "").filter(looksLikePath))
      continue
    }
    columns = null
    const item = inLayout ? /^\s*[-*]\s+`([^`]+)`/.exec(line) : null
    if (item && looksLikePath(item[1])) paths.push(item[1])
  }
  return paths
}

function readmes(dir, root, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) readmes(path, root, found)
    else if (entry.name === "README.md") found.push(path)
  }
  return found
}

/** Every README under `root` and each layout path it names that does not exist (relative to the README). */
export function missingLayoutPaths(root) {
  const missing = []
  for (const readme of readmes(root, root)) {
    for (const path of layoutPaths(readFileSync(readme, "utf8"))) {
      if (!existsSync(join(dirname(readme), path))) missing.push(`${relative(root, readme)}: ${path}`)
    }
  }
  return missing
}
