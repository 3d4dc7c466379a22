import { describe, expect, it } from "vitest"
import { PRODUCERS } from "../seed-data/producers"
import { demoProducerLogin } from "./producer-users"

describe("demo producer logins", () => {
  it("are what the npm run dev banner prints", async () => {
    // @ocop/infra is ES modules; this package is CommonJS, so it is loaded dynamically.
    const { DEMO_PRODUCER_LOGINS, demoBanner } = await import("../../../../../infra/lib/logins.mjs")
    expect(DEMO_PRODUCER_LOGINS.first).toEqual(PRODUCERS.slice(0, 3).map((p) => p.handle))
    expect(DEMO_PRODUCER_LOGINS.count).toBe(PRODUCERS.length)
    const banner: string = demoBanner({
      backendUrl: "b",
      storefrontUrl: "s",
      consoleUrl: "c",
      databaseUrl: "postgres://x/y",
      embedded: false,
    })
    expect(banner).toContain(demoProducerLogin(PRODUCERS[0]!.handle))
    expect(banner).toContain(`and ${PRODUCERS.length - 3} more`)
  })

  it("are one address per producer", () => {
    const logins = PRODUCERS.map((p) => demoProducerLogin(p.handle))
    expect(new Set(logins).size).toBe(PRODUCERS.length)
    expect(logins.every((l) => l === l.toLowerCase() && l.endsWith("@ocop-laocai.vn"))).toBe(true)
  })
})
