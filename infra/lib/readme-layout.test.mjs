import assert from "node:assert/strict"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { layoutPaths, missingLayoutPaths } from "./readme-layout.mjs"

const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..")

test("reads the path column of tables and the list items of a Layout section", () => {
  const markdown = [
    "## Layout",
    "",
    "| path | what |",
    "|---|---|",
    "| `src/modules/ocop/` | module `ocop`: `certification` |",
    "| `src/api/admin/`, `src/api/store/` | routes |",
    "",
    "- `src/providers/`: `http-client.ts` sends JSON",
    "",
    "## Routes",
    "",
    "| path | what |",
    "|---|---|",
    "| `/products/:handle` | a URL, not a folder |",
    "- `app/utils/x.ts` — outside a Layout section",
  ].join("\n")
  assert.deepEqual(layoutPaths(markdown), ["src/modules/ocop/", "src/api/admin/", "src/api/store/", "src/providers/"])
})

test("names a README whose layout table names a folder that does not exist", () => {
  const root = mkdtempSync(join(tmpdir(), "readme-layout-"))
  mkdirSync(join(root, "app", "src", "real"), { recursive: true })
  writeFileSync(
    join(root, "app", "README.md"),
    "| path | what |\n|---|---|\n| `src/real/` | yes |\n| `src/gone/` | no |\n",
  )
  assert.deepEqual(missingLayoutPaths(root), ["app/README.md: src/gone/"])
})

test("every README of this repository names only folders and files that exist", () => {
  assert.deepEqual(missingLayoutPaths(repository), [])
})
