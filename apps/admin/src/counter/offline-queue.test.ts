import type { CounterSaleInput } from "@ocop/domain"
import { describe, expect, it, vi } from "vitest"
import { createOfflineQueue, memorySaleStore, type SendOutcome } from "./offline-queue"

const sale = (key: string, at: string): CounterSaleInput => ({
  idempotency_key: key,
  register_session_id: "rses_1",
  lines: [{ variant_id: "v1", quantity: 1 }],
  payments: [{ method: "cash", amount: 1000 }],
  offline_at: at,
})

describe("sales kept on the device while offline", () => {
  it("are sent oldest first and leave the device only once recorded", async () => {
    const store = memorySaleStore()
    const sent: string[] = []
    let online = false
    const queue = createOfflineQueue(store, async (input) => {
      sent.push(input.idempotency_key)
      return (online ? "recorded" : "offline") as SendOutcome
    })
    await queue.keep(sale("b", "2026-01-01T10:05:00Z"))
    await queue.keep(sale("a", "2026-01-01T10:00:00Z"))
    expect(await queue.flush()).toEqual({ recorded: 0, left: 2 })
    expect(sent).toEqual(["a"])
    online = true
    expect(await queue.flush()).toEqual({ recorded: 2, left: 0 })
    expect(sent).toEqual(["a", "a", "b"])
  })

  it("never flushes twice at once and keeps a refused sale with its reason", async () => {
    const store = memorySaleStore()
    let calls = 0
    // The first sale stays in flight until the second flush has been asked for.
    let release!: () => void
    const inFlight = new Promise<void>((resolve) => (release = resolve))
    const queue = createOfflineQueue(store, async (input) => {
      calls++
      await inFlight
      return input.idempotency_key === "bad" ? { problem: "session_not_found" } : "recorded"
    })
    await queue.keep(sale("good", "2026-01-01T10:00:00Z"))
    await queue.keep(sale("bad", "2026-01-01T10:01:00Z"))
    const both = Promise.all([queue.flush(), queue.flush()])
    await vi.waitFor(() => expect(calls).toBe(1))
    release()
    const [first, second] = await both
    expect(first).toEqual(second)
    expect(calls).toBe(2)
    const left = await queue.pending()
    expect(left.map((s) => [s.input.idempotency_key, s.problem])).toEqual([["bad", "session_not_found"]])
  })
})
