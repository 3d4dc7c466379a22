import { describe, expect, it } from "vitest"
import { createMedusaDataProvider } from "./data-provider"
import { recordingFetch, type RecordedCall } from "./test-fetch"

function setup(reply?: Parameters<typeof recordingFetch>[0]) {
  const { fetch, calls } = recordingFetch(reply)
  const provider = createMedusaDataProvider({ baseUrl: "http://api", fetch, getToken: () => "tok" })
  const only = (): RecordedCall => {
    expect(calls).toHaveLength(1)
    return calls[0]!
  }
  return { provider, calls, only }
}

const params = (call: RecordedCall) => [...call.url.searchParams.entries()]

describe("getList", () => {
  it("maps pagination, sort, search, filters and fields", async () => {
    const { provider, only } = setup(() => ({
      json: { producers: [{ id: "p1" }], count: 42, limit: 10, offset: 20 },
    }))
    const result = await provider.getList("producers", {
      pagination: { page: 3, perPage: 10 },
      sort: { field: "name", order: "DESC" },
      filter: { q: "nấm", district: "sa-pa", kind: ["cooperative", "household"], status: "" },
      meta: { fields: "id,name" },
    })
    expect(result).toEqual({ data: [{ id: "p1" }], total: 42 })
    const call = only()
    expect(call.method).toBe("GET")
    expect(call.url.pathname).toBe("/admin/producers")
    expect(params(call)).toEqual([
      ["q", "nấm"],
      ["district", "sa-pa"],
      ["kind", "cooperative"],
      ["kind", "household"],
      ["limit", "10"],
      ["offset", "20"],
      ["order", "-name"],
      ["fields", "id,name"],
    ])
  })

  it("sorts ascending without a prefix and reads the plural key", async () => {
    const { provider, only } = setup(() => ({ json: { certifications: [], count: 0 } }))
    const result = await provider.getList("certifications", {
      pagination: { page: 1, perPage: 25 },
      sort: { field: "valid_until", order: "ASC" },
      filter: {},
    })
    expect(result.total).toBe(0)
    expect(only().url.searchParams.get("order")).toBe("valid_until")
  })
})

describe("reads", () => {
  it("getOne reads the singular key", async () => {
    const { provider, only } = setup(() => ({ json: { certification: { id: "c1", star_level: 4 } } }))
    const { data } = await provider.getOne("certifications", { id: "c1" })
    expect(data).toEqual({ id: "c1", star_level: 4 })
    expect(only().url.pathname).toBe("/admin/certifications/c1")
  })

  it("getMany repeats the id filter", async () => {
    const { provider, only } = setup(() => ({ json: { products: [{ id: "a" }, { id: "b" }] } }))
    const { data } = await provider.getMany("products", { ids: ["a", "b"] })
    expect(data).toHaveLength(2)
    expect(params(only())).toEqual([
      ["id", "a"],
      ["id", "b"],
      ["limit", "2"],
    ])
  })

  it("getManyReference filters on the target", async () => {
    const { provider, only } = setup(() => ({ json: { certifications: [], count: 0 } }))
    await provider.getManyReference("certifications", {
      target: "product_id",
      id: "prod_1",
      pagination: { page: 1, perPage: 5 },
      sort: { field: "created_at", order: "DESC" },
      filter: { status: "valid" },
    })
    expect(only().url.searchParams.get("product_id")).toBe("prod_1")
    expect(only().url.searchParams.get("status")).toBe("valid")
  })
})

describe("writes", () => {
  it("create POSTs the filled-in fields and reads the singular key", async () => {
    const { provider, only } = setup(() => ({ json: { producer: { id: "p9", name: "HTX" } } }))
    const { data } = await provider.create("producers", {
      data: { name: "HTX", email: null, phone: "", commune: undefined, photos: [] },
    })
    expect(data).toEqual({ id: "p9", name: "HTX" })
    const call = only()
    expect([call.method, call.url.pathname]).toEqual(["POST", "/admin/producers"])
    expect(call.body).toEqual({ name: "HTX", photos: [] })
  })

  it("update POSTs only changed fields, never server-owned ones", async () => {
    const { provider, only } = setup(() => ({ json: { producer: { id: "p1", status: "suspended" } } }))
    const previousData = {
      id: "p1",
      name: "HTX Sa Pa",
      status: "active",
      photos: ["a.jpg"],
      email: undefined,
      created_at: "2021-01-01",
    }
    await provider.update("producers", {
      id: "p1",
      data: { ...previousData, status: "suspended", photos: ["a.jpg", "b.jpg"], email: null, updated_at: "x" },
      previousData,
    })
    const call = only()
    expect([call.method, call.url.pathname]).toEqual(["POST", "/admin/producers/p1"])
    expect(call.body).toEqual({ status: "suspended", photos: ["a.jpg", "b.jpg"] })
  })

  it("update without changes makes no request", async () => {
    const { provider, calls } = setup()
    const record = { id: "p1", name: "A" }
    await expect(provider.update("producers", { id: "p1", data: record, previousData: record })).resolves.toEqual({
      data: record,
    })
    expect(calls).toHaveLength(0)
  })

  it("delete sends DELETE and returns the previous record", async () => {
    const { provider, only } = setup(() => ({ json: { id: "p1", deleted: true } }))
    const { data } = await provider.delete("producers", { id: "p1", previousData: { id: "p1", name: "A" } })
    expect(data).toEqual({ id: "p1", name: "A" })
    expect(only().method).toBe("DELETE")
  })

  it("updateMany and deleteMany call once per id", async () => {
    const { provider, calls } = setup(() => ({ json: {} }))
    await provider.updateMany("producers", { ids: ["a", "b"], data: { status: "suspended" } })
    await provider.deleteMany("producers", { ids: ["c"] })
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      "POST /admin/producers/a",
      "POST /admin/producers/b",
      "DELETE /admin/producers/c",
    ])
    expect(calls[0]?.body).toEqual({ status: "suspended" })
  })
})

describe("certification actions", () => {
  it("revokes with a reason", async () => {
    const { provider, only } = setup(() => ({ json: { certification: { id: "c1", status: "revoked" } } }))
    const { data } = await provider.revokeCertification("c1", "Vi phạm ATTP")
    expect(data.status).toBe("revoked")
    expect([only().method, only().url.pathname]).toEqual(["POST", "/admin/certifications/c1/revoke"])
    expect(only().body).toEqual({ reason: "Vi phạm ATTP" })
  })

  it("lists and adds inspections", async () => {
    const { provider, calls } = setup((call) =>
      call.method === "GET"
        ? { json: { inspections: [{ id: "i1", result: "passed" }] } }
        : { json: { inspection: { id: "i2", result: "failed" } } },
    )
    expect((await provider.getInspections("c1")).data).toHaveLength(1)
    const input = { inspected_at: "2021-06-01", inspector: "Chi cục PTNT", result: "failed" as const, notes: "" }
    expect((await provider.addInspection("c1", input)).data.id).toBe("i2")
    expect(calls[1]?.url.pathname).toBe("/admin/certifications/c1/inspections")
    expect(calls[1]?.body).toEqual({ inspected_at: "2021-06-01", inspector: "Chi cục PTNT", result: "failed" })
  })
})

describe("error mapping", () => {
  it("passes field errors to react-admin forms", async () => {
    const { provider } = setup(() => ({
      status: 400,
      json: { type: "invalid_data", message: "Dữ liệu không hợp lệ", errors: { email: "Email sai" } },
    }))
    await expect(provider.create("producers", { data: { email: "x" } })).rejects.toMatchObject({
      name: "HttpError",
      message: "Dữ liệu không hợp lệ",
      status: 400,
      body: { errors: { email: "Email sai" } },
    })
  })

  it("surfaces Medusa's message without field errors", async () => {
    const { provider } = setup(() => ({ status: 404, json: { type: "not_found", message: "Producer not found" } }))
    await expect(provider.getOne("producers", { id: "nope" })).rejects.toMatchObject({
      message: "Producer not found",
      status: 404,
    })
  })

  it("falls back to the status text for non-JSON errors", async () => {
    const { provider } = setup(() => ({ status: 502, text: "<html>Bad gateway</html>" }))
    const error = await provider
      .getList("producers", {
        pagination: { page: 1, perPage: 1 },
        sort: { field: "id", order: "ASC" },
        filter: {},
      })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 502 })
    expect((error as Error).message).not.toBe("")
  })

  it("reports network failures with status 0", async () => {
    const provider = createMedusaDataProvider({
      baseUrl: "http://api",
      fetch: () => Promise.reject(new TypeError("Failed to fetch")),
      getToken: () => null,
    })
    await expect(provider.getOne("producers", { id: "p1" })).rejects.toMatchObject({
      status: 0,
      message: "ocop.error.network",
    })
  })
})
