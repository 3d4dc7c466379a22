import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // A focused test silently skips the rest of its file: refuse it everywhere, not only in CI.
    allowOnly: false,
    // The rules must not depend on the machine's zone: Vietnam time is computed explicitly.
    env: { TZ: "America/Los_Angeles" },
  },
})
