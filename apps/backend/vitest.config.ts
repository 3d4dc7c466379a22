import { defineConfig } from "vitest/config"

// One Medusa server on a fresh database serves every integration test file; files run one at a
// time because they share it and the machine has two cores.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "integration-tests/**/*.test.ts"],
    // A focused test silently skips the rest of its file: refuse it everywhere, not only in CI.
    allowOnly: false,
    globalSetup: ["./integration-tests/setup/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
})
