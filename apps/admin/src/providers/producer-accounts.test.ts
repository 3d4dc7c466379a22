import { describe, expect, it } from "vitest"
import { createMedusaDataProvider } from "./data-provider"
import { recordingFetch } from "./test-fetch"

function provider(reply?: Parameters<typeof recordingFetch>[0]) {
  const { fetch, calls } = recordingFetch(reply)
  return { dp: createMedusaDataProvider({ baseUrl: "http://api", fetch, getToken: () => "tok" }), calls }
}

describe("producer account actions", () => {
  it("reads a producer's sales", async () => {
    const sales = { producer_id: "pdcr_1", this_month: {}, this_year: {}, all_time: {}, by_month: [] }
    const { dp, calls } = provider(() => ({ json: { sales } }))
    expect((await dp.getProducerSales("pdcr_1")).data).toEqual(sales)
    expect(calls[0]!.url.pathname).toBe("/admin/producers/pdcr_1/sales")
    expect(calls[0]!.headers.Authorization).toBe("Bearer tok")
  })

  it("lists, invites and locks a producer's users through /admin/producer-users", async () => {
    const user = { id: "pdus_1", producer_id: "pdcr_1", email: "a@htx.vn", name: "A", status: "invited" }
    const { dp, calls } = provider((call) =>
      call.method === "GET"
        ? { json: { producer_users: [user], count: 1 } }
        : {
            json: {
              producer_user: user,
              invite_url: call.url.pathname.endsWith("users") ? "http://c/#/accept-invite?token=x" : undefined,
            },
          },
    )
    expect((await dp.getProducerUsers("pdcr_1")).data).toEqual([user])
    expect(calls[0]!.url.search).toBe("?producer_id=pdcr_1&limit=100")
    expect(await dp.inviteProducerUser({ producer_id: "pdcr_1", email: "a@htx.vn", name: "A" })).toEqual({
      data: user,
      inviteUrl: "http://c/#/accept-invite?token=x",
    })
    expect(calls[1]).toMatchObject({ method: "POST", body: { producer_id: "pdcr_1", email: "a@htx.vn", name: "A" } })
    await dp.setProducerUserEnabled("pdus_1", false)
    await dp.setProducerUserEnabled("pdus_1", true)
    expect(calls.slice(2).map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      "POST /admin/producer-users/pdus_1/disable",
      "POST /admin/producer-users/pdus_1/enable",
    ])
  })
})
