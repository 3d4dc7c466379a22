import { fileURLToPath } from "node:url"
import path from "node:path"

/** The repository root, found from this file so that every app agrees on it whatever its cwd. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

/** Git-ignored folder for local state: embedded database files, the dev publishable key. */
export const stateDir = path.join(repoRoot, ".ocop")

/** Where the seed leaves facts other dev processes need (the storefront's publishable key). */
export const devStateFile = path.join(stateDir, "dev.json")

export const backendDir = path.join(repoRoot, "apps", "backend")
