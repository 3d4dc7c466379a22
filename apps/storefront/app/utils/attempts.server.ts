import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"
import { getEnv } from "./env.server"

/** The storefront's own forms count attempts per buyer address and per e-mail (decision 021). */
const WINDOW_SECONDS = 15 * 60
const PER_ADDRESS = 30
const PER_ACCOUNT = 10

let limiters: { address: RateLimiterAbstract; account: RateLimiterAbstract } | undefined

function limitersNow() {
  if (limiters) return limiters
  const redisUrl = getEnv().REDIS_URL
  const options = (keyPrefix: string, points: number) => ({ keyPrefix, points, duration: WINDOW_SECONDS })
  if (redisUrl) {
    const storeClient = new Redis(redisUrl, { enableOfflineQueue: false })
    // The counters' connection must not keep the process alive: on SIGTERM remix-serve closes its
    // server and the process should exit once the last request is answered (decision 036), not
    // wait for its supervisor's kill. Every (re)connection is a new socket.
    storeClient.on("connect", () => storeClient.stream.unref())
    const make = (keyPrefix: string, points: number) =>
      new RateLimiterRedis({
        ...options(keyPrefix, points),
        storeClient,
        insuranceLimiter: new RateLimiterMemory(options(keyPrefix, points)),
      })
    limiters = { address: make("ocop-sf-address", PER_ADDRESS), account: make("ocop-sf-account", PER_ACCOUNT) }
  } else {
    limiters = {
      address: new RateLimiterMemory(options("ocop-sf-address", PER_ADDRESS)),
      account: new RateLimiterMemory(options("ocop-sf-account", PER_ACCOUNT)),
    }
  }
  return limiters
}

/**
 * The buyer's address: the last X-Forwarded-For entry, the one our reverse proxy added (the ones
 * before it are whatever the client claimed); "direct" when nothing is in front of the storefront.
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")
  const last = forwarded?.split(",").at(-1)?.trim()
  return last || "direct"
}

async function blockedFor(limiter: RateLimiterAbstract, key: string, points: number): Promise<number> {
  const state = await limiter.get(key)
  return state && state.consumedPoints >= points ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : 0
}

/** Seconds this address or account must wait before trying again; 0 when it may try now. */
export async function attemptWait(request: Request, account: string | null): Promise<number> {
  const { address, account: accounts } = limitersNow()
  return Math.max(
    await blockedFor(address, clientAddress(request), PER_ADDRESS),
    account ? await blockedFor(accounts, account.trim().toLowerCase(), PER_ACCOUNT) : 0,
  )
}

/** Counts one attempt (a failure, or any registration) against the address and the account. */
export async function countAttempt(request: Request, account: string | null): Promise<void> {
  const { address, account: accounts } = limitersNow()
  await address.penalty(clientAddress(request), 1).catch(() => undefined)
  if (account) await accounts.penalty(account.trim().toLowerCase(), 1).catch(() => undefined)
}
