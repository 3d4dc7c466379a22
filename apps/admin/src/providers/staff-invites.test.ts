import { describe, expect, it } from "vitest"
import { createMedusaDataProvider } from "./data-provider"
import { recordingFetch } from "./test-fetch"

function provider(reply?: Parameters<typeof recordingFetch>[0]) {
  const { fetch, calls } = recordingFetch(reply)
  return { dp: createMedusaDataProvider({ baseUrl: "http://api", fetch, getToken: () => "staff-token" }), calls }
}

const invite = {
  id: "invite_1",
  email: "minh@laocai.gov.vn",
  role: "ocop_office",
  expires_at: "2025-03-02T00:00:00Z",
  expired: false,
}

describe("staff invite actions", () => {
  it("invites, lists, resends and withdraws as the signed-in administrator", async () => {
    const { dp, calls } = provider((call) =>
      call.method === "GET"
        ? { json: { staff_invites: [invite], count: 1 } }
        : call.method === "DELETE"
          ? { json: { id: "invite_1", deleted: true } }
          : { json: { staff_invite: invite, invite_url: "http://c/#/staff-invite?token=t" } },
    )
    expect(await dp.inviteStaff({ email: "minh@laocai.gov.vn", role: "ocop_office" })).toEqual({
      data: invite,
      inviteUrl: "http://c/#/staff-invite?token=t",
    })
    expect((await dp.getStaffInvites()).data).toEqual([invite])
    await dp.resendStaffInvite("invite_1")
    await dp.deleteStaffInvite("invite_1")
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      "POST /admin/staff/invites",
      "GET /admin/staff/invites",
      "POST /admin/staff/invites/invite_1/resend",
      "DELETE /admin/staff/invites/invite_1",
    ])
    expect(calls.every((c) => c.headers.Authorization === "Bearer staff-token")).toBe(true)
  })

  it("accepts with the invitee's own registration token, never the staff token", async () => {
    const { dp, calls } = provider((call) =>
      call.url.pathname === "/auth/user/emailpass/register" ? { json: { token: "reg" } } : { json: { staff: {} } },
    )
    await dp.acceptStaffInvite({
      token: "inv",
      email: "minh@laocai.gov.vn",
      password: "mat-khau-tot",
      first_name: "Minh",
      last_name: "Trần",
    })
    expect(calls[0]!.headers.Authorization).toBeUndefined()
    expect(calls[1]).toMatchObject({
      method: "POST",
      headers: { Authorization: "Bearer reg" },
      body: { token: "inv", first_name: "Minh", last_name: "Trần" },
    })
    expect(calls[1]!.url.pathname).toBe("/admin/staff/invites/accept")
  })

  it("does not fall back to signing in when the server is down", async () => {
    const { dp, calls } = provider(() => ({ status: 503, json: { message: "down" } }))
    await expect(
      dp.acceptStaffInvite({
        token: "inv",
        email: "a@b.vn",
        password: "mat-khau-tot",
        first_name: "A",
        last_name: "B",
      }),
    ).rejects.toMatchObject({ status: 503 })
    expect(calls).toHaveLength(1)
  })
})
