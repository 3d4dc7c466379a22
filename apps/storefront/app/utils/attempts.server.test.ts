import { describe, expect, it } from "vitest"
import { attemptWait, clientAddress, countAttempt } from "./attempts.server"

const from = (address: string) =>
  new Request("http://shop.test/account/login", { method: "POST", headers: { "x-forwarded-for": address } })

describe("storefront sign-in attempts", () => {
  it("reads the address our proxy added, not what the client claimed", () => {
    expect(clientAddress(from("1.2.3.4, 198.51.100.7"))).toBe("198.51.100.7")
    expect(clientAddress(new Request("http://shop.test/"))).toBe("direct")
  })

  it("holds an e-mail back after ten failures, whatever the address", async () => {
    const email = `mai-${Math.random()}@example.vn`
    for (let i = 0; i < 10; i++) {
      expect(await attemptWait(from(`198.51.100.${i}`), email)).toBe(0)
      await countAttempt(from(`198.51.100.${i}`), email)
    }
    expect(await attemptWait(from("198.51.100.200"), email)).toBeGreaterThan(0)
    expect(await attemptWait(from("198.51.100.200"), `other-${Math.random()}@example.vn`)).toBe(0)
  })

  it("holds an address back after thirty failures, whatever the e-mail", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 200)}`
    for (let i = 0; i < 30; i++) await countAttempt(from(address), `x${i}-${Math.random()}@example.vn`)
    expect(await attemptWait(from(address), "new@example.vn")).toBeGreaterThan(0)
  })
})
