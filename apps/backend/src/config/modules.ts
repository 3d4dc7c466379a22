import type { BackendEnv } from "./env"

type ModuleEntry = { resolve: string; key?: string; options?: Record<string, unknown> }

/**
 * Infrastructure modules. With Redis, events, workflows, locks and cache are shared between the server
 * and worker processes (needed once there is more than one process); without it the in-memory
 * defaults serve a single development process.
 */
export function infrastructureModules(env: BackendEnv): ModuleEntry[] {
  const modules: ModuleEntry[] = [
    {
      // File URLs must carry the backend's real address, not the provider's localhost:9000 default.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              backend_url: `${env.backendUrl}/static`,
              upload_dir: env.uploadDir,
              // Medusa would put private files (exports) in the public `static/` folder.
              private_upload_dir: env.privateUploadDir,
            },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            // Opens sealed invite links as it delivers (decision 016); writes links to the log only in development.
            resolve: "./src/modules/ocop-mail",
            id: "mail",
            options: { channels: ["email"], mailbox_dir: env.mailboxDir, log_links: env.nodeEnv === "development" },
          },
        ],
      },
    },
  ]
  if (!env.redisUrl) return modules

  const redisUrl = env.redisUrl
  return [
    ...modules,
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}

/** Payment: Medusa's system provider (cash on delivery / at pickup) is built in; we add VietQR transfers. */
export function paymentModules(): ModuleEntry[] {
  return [
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: [{ resolve: "./src/modules/vietqr-payment", id: "vietqr" }] },
    },
  ]
}

/** Our own business modules, one per area (see src/modules). */
export function ocopModules(): ModuleEntry[] {
  return [
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/product-review" },
  ]
}
