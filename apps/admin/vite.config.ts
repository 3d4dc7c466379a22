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
    setupFiles: ["./src/test-setup.ts"],
    css: false,
  },
})
