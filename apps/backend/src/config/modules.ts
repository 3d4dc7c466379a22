import type { BackendEnv } from "./env"

type ModuleEntry = { resolve: string; key?: string; options?: Record<string, unknown> }

/**
 * Infrastructure modules. With Redis, events, workflows, locks and cache are shared between the server
 * and worker processes (needed once there is more than one process); without it the in-memory
 * defaults serve a single development process.
 */
export function infrastructureModules(env: BackendEnv): ModuleEntry[] {
  const modules: ModuleEntry[] = [
    { resolve: "@medusajs/medusa/file", options: { providers: [fileProvider(env)] } },
    { resolve: "@medusajs/medusa/notification", options: { providers: [emailProvider(env)] } },
  ]
  // Without Redis there is one process (decision 017): on request, Medusa's caching module keeps its
  // entries in this process's memory, capped well below its 300 MB default (decision 032).
  if (!env.redisUrl) return env.memoryCache ? [...modules, inMemoryCaching] : modules

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
    // Registers scheduled jobs again when Redis restarted without them (decision 027).
    { resolve: "./src/modules/scheduled-jobs" },
  ]
}

/**
 * Medusa's caching module with its built-in in-memory provider. With the `caching` feature flag on
 * (medusa-config.ts) it keeps what Medusa asks it to: the publishable key and its sales
 * channels (looked up on every store request), regions, prices, stock availability; entries are
 * dropped by tag when the module's events say their data changed.
 */
export const inMemoryCaching: ModuleEntry = {
  resolve: "@medusajs/medusa/caching",
  options: { in_memory: { enable: true, maxSize: 32 * 1024 * 1024 } },
}

/** The public base URL of uploaded files: the backend's /static for local disk, the bucket's URL for S3. */
export function filesBaseUrl(env: BackendEnv): string {
  return env.files.kind === "s3" ? env.files.fileUrl : `${env.backendUrl.replace(/\/+$/, "")}/static`
}

/**
 * Files go to an S3-compatible bucket through Medusa's own provider when S3_BUCKET is set, so every
 * server and worker sees every upload; otherwise to this process's disk (one process only, env-checks.ts).
 */
function fileProvider(env: BackendEnv): ModuleEntry & { id: string } {
  if (env.files.kind === "local") {
    // File URLs must carry the backend's real address, not the provider's localhost:9000 default.
    return {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: {
        backend_url: filesBaseUrl(env),
        upload_dir: env.uploadDir,
        // Medusa would put private files (exports) in the public `static/` folder (decision 020).
        private_upload_dir: env.privateUploadDir,
      },
    }
  }
  const s3 = env.files
  return {
    resolve: "@medusajs/file-s3",
    id: "s3",
    options: {
      file_url: s3.fileUrl,
      access_key_id: s3.accessKeyId,
      secret_access_key: s3.secretAccessKey,
      region: s3.region,
      bucket: s3.bucket,
      endpoint: s3.endpoint,
      prefix: s3.prefix,
      // MinIO, s3rver and most self-hosted stores address buckets by path, not by sub-domain.
      additional_client_config: { forcePathStyle: s3.forcePathStyle },
    },
  }
}

/**
 * E-mail through the SMTP provider when SMTP_URL is set; otherwise our log provider, which writes
 * links to the log only in development and, for tests and demos, each message to OCOP_MAILBOX_DIR.
 * Both open sealed links as they deliver (decision 018).
 */
function emailProvider(env: BackendEnv): ModuleEntry & { id: string } {
  if (env.email.kind === "smtp") {
    return {
      resolve: "./src/modules/smtp-notification",
      id: "smtp",
      options: { channels: ["email"], url: env.email.url, from: env.email.from },
    }
  }
  return {
    resolve: "./src/modules/ocop-mail",
    id: "mail",
    options: { channels: ["email"], mailbox_dir: env.mailboxDir, log_links: env.nodeEnv === "development" },
  }
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
    { resolve: "./src/modules/point-of-sale" },
    { resolve: "./src/modules/event" },
    { resolve: "./src/modules/programme" },
    { resolve: "./src/modules/payout" },
  ]
}
