import { defineConfig } from "@medusajs/framework/utils"
import { configPhase, loadBackendEnv } from "./src/config/env"
import { infrastructureModules, ocopModules, paymentModules } from "./src/config/modules"

// Validate before anything else: a bad environment stops here with a message naming the variable.
// `medusa build` reads no runtime secret; the compiled server checks everything again at start.
const env = loadBackendEnv(process.env, configPhase())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.databaseUrl,
    redisUrl: env.redisUrl,
    workerMode: env.workerMode,
    http: {
      storeCors: env.storeCors,
      adminCors: env.adminCors,
      authCors: env.authCors,
      jwtSecret: env.jwtSecret,
      cookieSecret: env.cookieSecret,
    },
  },
  // Our console is react-admin (apps/admin); Medusa's own dashboard is not built or served.
  admin: { disable: true, backendUrl: env.backendUrl },
  // Medusa's caching module, in Redis with REDIS_URL, in memory with OCOP_MEDUSA_CACHE=memory
  // (src/config/modules.ts): it keeps the publishable-key look-up off the database on every store
  // request (decision 032).
  featureFlags: { caching: Boolean(env.redisUrl) || env.memoryCache },
  modules: [...infrastructureModules(env), ...paymentModules(), ...ocopModules()],
})
