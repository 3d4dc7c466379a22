import { vitePlugin as remix } from "@remix-run/dev"
import { defineConfig } from "vite"
import { fileURLToPath } from "node:url"

declare module "@remix-run/node" {
  // Types loaders' data as single-fetch (turbo-stream) data rather than JSON.
  interface Future {
    v3_singleFetch: true
  }
}

export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  // @ocop/domain is a workspace package compiled to CommonJS (the backend needs CJS). Vite only
  // converts CommonJS under node_modules, so include its real path for the browser build too.
  optimizeDeps: { include: ["@ocop/domain"] },
  build: { commonjsOptions: { include: [/node_modules/, /packages\/domain\/dist/] } },
  // On the server Node loads it natively; bundling it would mis-wire its require("zod").
  ssr: { external: ["@ocop/domain"] },
  plugins: [
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
  ],
})
