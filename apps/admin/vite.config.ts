import react from "@vitejs/plugin-react"
import { defineConfig } from "vitest/config"

// @ocop/domain is a workspace package compiled to CommonJS (the backend needs CJS). Linked
// packages are not pre-bundled by default, so Vite must be told to convert it for dev and build.
export default defineConfig({
  plugins: [react()],
  optimizeDeps: { include: ["@ocop/domain"] },
  build: {
    commonjsOptions: { include: [/packages[\\/]domain/, /node_modules/] },
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    environment: "jsdom",
    // A focused test silently skips the rest of its file: refuse it everywhere, not only in CI.
    allowOnly: false,
    // Rendering react-admin pages in jsdom takes seconds on a loaded 2-core machine; waits inside a
    // test end on a condition (test-setup.ts), this only stops a test that truly hangs.
    testTimeout: 60_000,
    setupFiles: ["./src/test-setup.ts"],
    css: false,
  },
})
