import { defineConfig } from "vitest/config"
import { fileURLToPath } from "node:url"

// Separate from vite.config.ts: the Remix plugin must not run under vitest.
export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "start/**/*.test.mjs"],
    // A focused test silently skips the rest of its file: refuse it everywhere, not only in CI.
    allowOnly: false,
    environment: "node",
    // Components render in English too: register its strings as the server does at boot.
    setupFiles: ["./app/i18n/dictionaries.server.ts"],
    restoreMocks: true,
  },
})
