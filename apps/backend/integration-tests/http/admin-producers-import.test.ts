import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, createProducer, unique } from "./helpers"

let token: string

/** A valid spreadsheet row with a handle unique to this run. */
function row(overrides: Record<string, unknown> = {}) {
  const suffix = unique()
  return {
    handle: `htx-import-${suffix}`,
    name: `Hợp tác xã Nhập ${suffix}`,
    kind: "cooperative",
    registration_number: `IMP-${suffix}`,
    district: "bao-yen",
    commune: "Xã Bảo Yên",
    address: "Thôn 1, Bảo Yên",
    representative: "Hoàng Văn B",
    phone: "0987654321",
    ...overrides,
  }
}

/** How many of the handles are in the register. */
async function countWritten(handles: string[]) {
  let found = 0
  for (const handle of handles) {
    const res = await api(`/admin/producers?q=${encodeURIComponent(handle)}`, { token })
    found += res.body.producers.filter((p: any) => p.handle === handle).length
  }
  return found
}

beforeAll(async () => {
  token = await adminToken()
})

describe("producer import", () => {
  it("writes every row and answers with the new ids in row order", async () => {
    const rows = [row(), row({ kind: "household" }), row({ district: "sa-pa" })]
    const res = await api("/admin/producers/import", { token, body: { producers: rows } })
    expect(res.status).toBe(201)
    expect(res.body.imported).toBe(3)
    expect(res.body.ids).toHaveLength(3)
    const second = await api(`/admin/producers/${res.body.ids[1]}`, { token })
    expect(second.body.producer).toMatchObject({ handle: rows[1]!.handle, kind: "household", status: "active" })
    expect(await countWritten(rows.map((r) => r.handle))).toBe(3)
  })

  it("refuses the whole file when one row is bad, naming the row and field, and writes nothing", async () => {
    const rows = [row(), row({ phone: "123", district: "ha-noi" }), row()]
    const res = await api("/admin/producers/import", { token, body: { producers: rows } })
    expect(res.status).toBe(400)
    expect(res.body.type).toBe("invalid_data")
    expect(Object.keys(res.body.errors).sort()).toEqual(["producers.1.district", "producers.1.phone"])
    expect(res.body.errors["producers.1.district"]).toBe("Huyện, thị xã, thành phố không hợp lệ")
    expect(await countWritten(rows.map((r) => r.handle))).toBe(0)
  })

  it("refuses a handle already in the register or repeated mid-batch, and writes nothing", async () => {
    const existing = await createProducer(token)
    const rows = [row(), row({ handle: existing.handle }), row()]
    const taken = await api("/admin/producers/import", {
      token,
      body: { producers: rows },
      headers: { "accept-language": "en" },
    })
    expect(taken.status).toBe(409)
    expect(taken.body.errors).toEqual({ "producers.1.handle": "This handle is already used by another producer" })
    const repeated = [row(), row(), row()]
    repeated[2]!.handle = repeated[0]!.handle
    const dup = await api("/admin/producers/import", { token, body: { producers: repeated } })
    expect(dup.status).toBe(409)
    expect(Object.keys(dup.body.errors)).toEqual(["producers.2.handle"])
    expect(await countWritten([...rows, ...repeated].map((r) => r.handle).filter((h) => h !== existing.handle))).toBe(0)
  })

  it("refuses an empty file, and an update of a producer still validates as one", async () => {
    expect((await api("/admin/producers/import", { token, body: { producers: [] } })).status).toBe(400)
    // The route shares the producers path: a normal update still validates as one.
    expect((await api("/admin/producers/pdcr_missing", { token, body: { producers: [] } })).status).toBe(400)
  })
})
