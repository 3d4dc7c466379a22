import { readFileSync } from "node:fs"
import path from "node:path"
import { z } from "zod"

const urlWithoutTrailingSlash = z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, ""))

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    MEDUSA_BACKEND_URL: urlWithoutTrailingSlash.default("http://localhost:9000"),
    MEDUSA_PUBLISHABLE_KEY: z
      .string()
      .trim()
      .regex(/^pk_\w+$/, "must look like pk_…")
      .optional(),
    PUBLIC_STORE_URL: urlWithoutTrailingSlash.default("http://localhost:3000"),
    OCOP_DEV_STATE_FILE: z.string().min(1).optional(),
    // "off": every public read goes to the backend, as the backend's own switch of the same name
    // does for its response cache; benchmarks measure a page with what it costs uncached.
    OCOP_CATALOGUE_CACHE: z.enum(["on", "off"]).default("on"),
    // Sign-in counters shared by every storefront process; in memory without it.
    REDIS_URL: z
      .string()
      .trim()
      .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .superRefine((env, ctx) => {
    // In production there is no seed state file to fall back on: a missing key would only
    // surface as every page failing, so refuse to start instead.
    if (env.NODE_ENV === "production" && !env.MEDUSA_PUBLISHABLE_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["MEDUSA_PUBLISHABLE_KEY"],
        message: "is required when NODE_ENV=production",
      })
    }
  })

export type ServerEnv = z.infer<typeof envSchema>

/** Parses an environment record; throws an Error listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  // Treat empty strings as unset so `FOO= npm start` behaves like no FOO at all.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""))
  const result = envSchema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`)
    throw new Error(`Invalid storefront environment:\n${lines.join("\n")}`)
  }
  return result.data
}

let cached: ServerEnv | undefined

/** Validates process.env once; called at boot from entry.server so a bad value stops the server. */
export function initEnv(): ServerEnv {
  cached = parseEnv(process.env)
  return cached
}

/** The validated server environment. */
export function getEnv(): ServerEnv {
  return cached ?? initEnv()
}

/** The only part of the environment that is sent to the browser. */
export function getPublicEnv(env: ServerEnv = getEnv()) {
  return { PUBLIC_STORE_URL: env.PUBLIC_STORE_URL }
}
export type PublicEnv = ReturnType<typeof getPublicEnv>

/** Where the backend seed writes its dev state; cwd is apps/storefront when run via npm -w or turbo. */
export function devStateFilePath(env: ServerEnv = getEnv(), cwd = process.cwd()): string {
  return env.OCOP_DEV_STATE_FILE
    ? path.resolve(cwd, env.OCOP_DEV_STATE_FILE)
    : path.resolve(cwd, "../../.ocop/dev.json")
}

const devStateSchema = z.object({ publishableKey: z.string().regex(/^pk_\w+$/) })

/**
 * The publishable key for store requests. In development it is read lazily on each call from the
 * seed's state file, because the backend may be seeded after the storefront has started.
 */
export function getPublishableKey(env: ServerEnv = getEnv(), cwd = process.cwd()): string | undefined {
  if (env.MEDUSA_PUBLISHABLE_KEY) return env.MEDUSA_PUBLISHABLE_KEY
  if (env.NODE_ENV === "production") return undefined
  try {
    const raw = JSON.parse(readFileSync(devStateFilePath(env, cwd), "utf8"))
    const parsed = devStateSchema.safeParse(raw)
    return parsed.success ? parsed.data.publishableKey : undefined
  } catch {
    return undefined
  }
}
