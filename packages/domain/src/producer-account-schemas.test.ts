import { describe, expect, it } from "vitest"
import { fieldErrors } from "./messages"
import {
  producerInviteAcceptSchema,
  producerProfileUpdateSchema,
  producerUserInviteSchema,
} from "./producer-account-schemas"

describe("producerProfileUpdateSchema", () => {
  it("accepts the story, contact and pictures", () => {
    const parsed = producerProfileUpdateSchema.parse({
      story_vi: "Câu chuyện",
      phone: "091 234 5678",
      email: " HTX@Example.VN ",
      photos: ["https://ok.example/a.jpg"],
      logo_url: "",
    })
    expect(parsed).toEqual({
      story_vi: "Câu chuyện",
      phone: "0912345678",
      email: "htx@example.vn",
      photos: ["https://ok.example/a.jpg"],
      logo_url: null,
    })
  })

  it("refuses the fields staff keep, naming each one", () => {
    const result = producerProfileUpdateSchema.safeParse({
      story_vi: "ok",
      name: "Tên mới",
      kind: "company",
      registration_number: "X",
      district: "sa-pa",
      status: "active",
      handle: "x",
    })
    expect(result.success).toBe(false)
    expect(Object.keys(fieldErrors(result.error!, "en")).sort()).toEqual(
      ["district", "handle", "kind", "name", "registration_number", "status"].sort(),
    )
  })

  it("checks the values like the register does", () => {
    const result = producerProfileUpdateSchema.safeParse({ phone: "123", photos: ["ftp://x/a.jpg"] })
    expect(result.success).toBe(false)
    expect(Object.keys(fieldErrors(result.error!))).toEqual(expect.arrayContaining(["phone", "photos.0"]))
  })
})

describe("producerUserInviteSchema", () => {
  it("lower-cases the email", () => {
    expect(producerUserInviteSchema.parse({ producer_id: "pdcr_1", email: "An@HTX.vn", name: " An " })).toEqual({
      producer_id: "pdcr_1",
      email: "an@htx.vn",
      name: "An",
    })
  })

  it("needs the producer, a valid email and a name", () => {
    const result = producerUserInviteSchema.safeParse({ email: "no", name: " " })
    expect(Object.keys(fieldErrors(result.error!)).sort()).toEqual(["email", "name", "producer_id"])
  })
})

describe("producerInviteAcceptSchema", () => {
  it("needs a password of at least 8 characters", () => {
    const result = producerInviteAcceptSchema.safeParse({ token: "abc", password: "short" })
    expect(fieldErrors(result.error!, "en")).toEqual({ password: "Password must have at least 8 characters" })
    expect(producerInviteAcceptSchema.safeParse({ token: "abc", password: "long enough" }).success).toBe(true)
  })
})
