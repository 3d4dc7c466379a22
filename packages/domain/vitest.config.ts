import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The rules must not depend on the machine's zone: Vietnam time is computed explicitly.
    env: { TZ: "America/Los_Angeles" },
  },
})
