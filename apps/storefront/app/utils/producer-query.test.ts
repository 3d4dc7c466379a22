import { describe, expect, it } from "vitest"
import { parseProducerSearchParams, producerApiParams, producersHref } from "./producer-query"

describe("producer directory URL", () => {
  it("keeps known filters and maps page to offset", () => {
    const state = parseProducerSearchParams(new URLSearchParams("district=sa-pa&kind=cooperative&page=2"))
    expect(state).toEqual({ district: "sa-pa", kind: "cooperative", page: 2 })
    expect(producerApiParams(state).toString()).toBe("district=sa-pa&kind=cooperative&limit=24&offset=24")
    expect(producersHref(state)).toBe("/producers?district=sa-pa&kind=cooperative&page=2")
  })

  it("ignores unknown values", () => {
    const state = parseProducerSearchParams(new URLSearchParams("district=ha-noi&kind=bank&page=x"))
    expect(state).toEqual({ district: undefined, kind: undefined, page: 1 })
    expect(producersHref(state)).toBe("/producers")
  })
})
