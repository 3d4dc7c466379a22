import { defineConfig } from "vitest/config"
import { fileURLToPath } from "node:url"

// Separate from vite.config.ts: the Remix plugin must not run under vitest.
export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: {
    include: ["app/**/*.test.{ts,tsx}"],
    environment: "node",
    restoreMocks: true,
  },
})
