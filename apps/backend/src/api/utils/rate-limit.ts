import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DomainLocale } from "@ocop/domain"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"
import { loadBackendEnv } from "../../config/env"
import { attemptAccountOf, attemptRuleOf } from "./attempt-limits"
import { requestLocale } from "./http"

/** Attempts an address may make in the window, and failures an account may take. */
const WINDOW_SECONDS = 15 * 60
const PER_ADDRESS = 30
const PER_ACCOUNT = 10

const TOO_MANY: Record<DomainLocale, string> = {
  vi: "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ít phút.",
  en: "Too many attempts. Please try again in a few minutes.",
}

type Limiters = { address: RateLimiterAbstract; account: RateLimiterAbstract; trusted: Set<string> }
let limiters: Limiters | undefined

/**
 * Counters in Redis when it is configured, so every server process shares them; in memory otherwise
 * (one development process). A Redis outage falls back to memory rather than locking everyone out.
 */
function limitersNow(): Limiters {
  if (limiters) return limiters
  const env = loadBackendEnv(process.env)
  const options = (keyPrefix: string, points: number) => ({ keyPrefix, points, duration: WINDOW_SECONDS })
  if (env.redisUrl) {
    const storeClient = new Redis(env.redisUrl, { enableOfflineQueue: false, lazyConnect: false })
    const redis = (keyPrefix: string, points: number) =>
      new RateLimiterRedis({
        ...options(keyPrefix, points),
        storeClient,
        insuranceLimiter: new RateLimiterMemory(options(keyPrefix, points)),
      })
    limiters = {
      address: redis("ocop-rl-address", PER_ADDRESS),
      account: redis("ocop-rl-account", PER_ACCOUNT),
      trusted: env.rateLimitTrusted,
    }
  } else {
    limiters = {
      address: new RateLimiterMemory(options("ocop-rl-address", PER_ADDRESS)),
      account: new RateLimiterMemory(options("ocop-rl-account", PER_ACCOUNT)),
      trusted: env.rateLimitTrusted,
    }
  }
  return limiters
}

/** Seconds until a blocked key may try again, or 0 when it is not blocked. */
async function secondsBlocked(limiter: RateLimiterAbstract, key: string, points: number): Promise<number> {
  const state = await limiter.get(key)
  return state && state.consumedPoints >= points ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : 0
}

/**
 * Slows down guessing on every sign-in, registration, password and invite route, for staff,
 * producers and buyers (finding 5, decision 021): per client address (the reverse proxy's
 * X-Forwarded-For, Express's `trust proxy 1`) and per account (the e-mail in the body). Blocked
 * callers get 429 with Retry-After — also with the right password, or guessing would go on.
 * Addresses in OCOP_RATE_LIMIT_TRUSTED (the storefront server, which limits its buyers itself)
 * skip the per-address count, never the per-account one.
 */
export async function limitAttempts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0]!
  const rule = attemptRuleOf(req.method, path)
  if (!rule) return next()
  const { address, account, trusted } = limitersNow()
  const addressKey = trusted.has(req.ip ?? "") ? null : `${req.ip ?? "unknown"}`
  const accountOf = attemptAccountOf(req.body)
  const accountKey = accountOf ? `${rule.kind}:${accountOf}` : null
  const wait = Math.max(
    addressKey ? await secondsBlocked(address, addressKey, PER_ADDRESS) : 0,
    accountKey ? await secondsBlocked(account, accountKey, PER_ACCOUNT) : 0,
  )
  if (wait > 0) {
    res.setHeader("Retry-After", String(wait))
    return res.status(429).json({ type: "too_many_requests", message: TOO_MANY[requestLocale(req)] })
  }
  res.on("finish", () => {
    const failed = res.statusCode >= 400
    if (rule.counts === "failures" && !failed) return
    if (addressKey) address.penalty(addressKey, 1).catch(() => undefined)
    if (accountKey) account.penalty(accountKey, 1).catch(() => undefined)
  })
  next()
}
