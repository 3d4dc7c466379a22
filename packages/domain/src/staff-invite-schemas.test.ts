import { describe, expect, it } from "vitest"
import { fieldErrors } from "./messages"
import { staffInviteAcceptFormSchema, staffInviteAcceptSchema, staffInviteSchema } from "./staff-invite-schemas"

describe("staff invite schemas", () => {
  it("accepts an email and a known role, lowercasing the email", () => {
    expect(staffInviteSchema.parse({ email: " Lan.Nguyen@LaoCai.gov.vn ", role: "ocop_office" })).toEqual({
      email: "lan.nguyen@laocai.gov.vn",
      role: "ocop_office",
    })
  })

  it("names each bad field in Vietnamese, and refuses unknown fields", () => {
    const result = staffInviteSchema.safeParse({ email: "not-an-email", role: "boss", metadata: {} })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!, "vi")).toEqual({
      email: "Địa chỉ email không hợp lệ",
      role: expect.any(String),
      metadata: expect.any(String),
    })
    expect(fieldErrors(staffInviteSchema.safeParse({}).error!, "en")).toMatchObject({
      email: expect.any(String),
      role: expect.any(String),
    })
  })

  it("needs a token and a name to accept; the form adds a password of 8 characters or more", () => {
    expect(staffInviteAcceptSchema.safeParse({ token: "abc", first_name: " Lan ", last_name: "Nguyễn" }).data).toEqual({
      token: "abc",
      first_name: "Lan",
      last_name: "Nguyễn",
    })
    const blank = staffInviteAcceptSchema.safeParse({ token: "", first_name: " ", last_name: "Nguyễn" })
    expect(Object.keys(fieldErrors(blank.error!)).sort()).toEqual(["first_name", "token"])
    const short = staffInviteAcceptFormSchema.safeParse({ first_name: "Lan", last_name: "Nguyễn", password: "short" })
    expect(Object.keys(fieldErrors(short.error!))).toEqual(["password"])
  })
})
