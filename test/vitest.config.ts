import { defineConfig } from "vitest/config"

// Operations suites (ops/): production as shipped. They start real processes, so files run one at a time.
export default defineConfig({
  test: {
    include: ["ops/**/*.test.ts"],
    fileParallelism: false,
    allowOnly: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
