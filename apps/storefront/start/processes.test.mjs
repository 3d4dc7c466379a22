import { describe, expect, it } from "vitest"
import { DEFAULT_MAX_PROCESSES, processCount } from "./processes.mjs"

describe("processCount", () => {
  it("runs one process per CPU, at most two, when Redis shares the sign-in counters", () => {
    expect(processCount({ REDIS_URL: "redis://r:6379" }, 8)).toEqual({ count: DEFAULT_MAX_PROCESSES, warning: null })
    expect(processCount({ REDIS_URL: "redis://r:6379" }, 2).count).toBe(2)
    expect(processCount({ REDIS_URL: "redis://r:6379" }, 1).count).toBe(1)
  })

  it("runs one process without Redis or when one process is declared", () => {
    expect(processCount({}, 8)).toEqual({ count: 1, warning: null })
    expect(processCount({ REDIS_URL: " " }, 8).count).toBe(1)
    expect(processCount({ REDIS_URL: "redis://r:6379", OCOP_SINGLE_PROCESS: "true" }, 8).count).toBe(1)
  })

  it("takes OCOP_STOREFRONT_PROCESSES as asked, warning when the counters are per process", () => {
    expect(processCount({ OCOP_STOREFRONT_PROCESSES: "4", REDIS_URL: "redis://r:6379" }, 2)).toEqual({
      count: 4,
      warning: null,
    })
    expect(processCount({ OCOP_STOREFRONT_PROCESSES: "1" }, 8)).toEqual({ count: 1, warning: null })
    const { count, warning } = processCount({ OCOP_STOREFRONT_PROCESSES: "2" }, 8)
    expect(count).toBe(2)
    expect(warning).toMatch(/REDIS_URL.*2× the attempts/)
  })

  it("refuses a count that is not a whole number of at least one", () => {
    for (const bad of ["0", "-1", "1.5", "two", "2x"]) {
      expect(() => processCount({ OCOP_STOREFRONT_PROCESSES: bad }, 2)).toThrow(/whole number/)
    }
  })
})
