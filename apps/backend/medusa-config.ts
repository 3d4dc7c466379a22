import { defineConfig } from "@medusajs/framework/utils"
import { loadBackendEnv } from "./src/config/env"
import { infrastructureModules, ocopModules, paymentModules } from "./src/config/modules"

// Validate before anything else: a bad environment stops here with a message naming the variable.
const env = loadBackendEnv(process.env)

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
  featureFlags: { caching: Boolean(env.redisUrl) },
  modules: [...infrastructureModules(env), ...paymentModules(), ...ocopModules()],
})
