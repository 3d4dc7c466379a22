import { describe, expect, it } from "vitest"
import { fieldErrors } from "./messages"
import { producerInputSchema, producerUpdateSchema } from "./producer-schemas"

const valid = {
  handle: "htx-nam-huong-sa-pa",
  name: "Hợp tác xã Nấm hương Sa Pa",
  kind: "cooperative",
  registration_number: "5300123456",
  district: "sa-pa",
  commune: "Xã Tả Van",
  address: "Thôn Lao Chải, xã Tả Van",
  representative: "Nguyễn Văn A",
  phone: "091 234 5678",
}

describe("producerInputSchema", () => {
  it("accepts a producer and fills photos and status", () => {
    expect(producerInputSchema.parse(valid)).toEqual({ ...valid, phone: "0912345678", photos: [], status: "active" })
  })

  it("reads blank optional fields as null", () => {
    const parsed = producerInputSchema.parse({ ...valid, email: "", story_en: "  ", logo_url: "" })
    expect(parsed).toMatchObject({ email: null, story_en: null, logo_url: null })
  })

  it("reports each bad field with its code", () => {
    const result = producerInputSchema.safeParse({
      ...valid,
      handle: "HTX Nấm",
      kind: "company",
      district: "yen-bai",
      phone: "024 1234 5678",
      email: "htx@",
      photos: ["https://ok.example/a.jpg", "ftp://x/b.jpg"],
      representative: "   ",
    })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!, "en")).toEqual({
      handle: expect.any(String),
      kind: "Invalid producer type",
      district: "Invalid district",
      phone: expect.stringMatching(/^Invalid phone number/),
      email: "Invalid email address",
      "photos.1": "Invalid URL",
      representative: "This field is required",
    })
  })

  it("rejects unknown fields", () => {
    const result = producerInputSchema.safeParse({ ...valid, is_admin: true })
    expect(fieldErrors(result.error!)).toEqual({ is_admin: "Trường không được hỗ trợ" })
  })

  it("requires the register details", () => {
    const result = producerInputSchema.safeParse({ handle: "htx-a", name: "HTX A" })
    expect(Object.keys(fieldErrors(result.error!)).sort()).toEqual(
      ["address", "commune", "district", "kind", "phone", "registration_number", "representative"].sort(),
    )
  })
})

describe("producerUpdateSchema", () => {
  it("applies no defaults, so a partial update changes only what it names", () => {
    expect(producerUpdateSchema.parse({})).toEqual({})
    expect(producerUpdateSchema.parse({ status: "suspended" })).toEqual({ status: "suspended" })
  })

  it("validates the fields it gets and stays strict", () => {
    expect(producerUpdateSchema.safeParse({ district: "yen-bai" }).success).toBe(false)
    expect(producerUpdateSchema.safeParse({ owner: "x" }).success).toBe(false)
    expect(producerUpdateSchema.parse({ email: "" })).toEqual({ email: null })
  })
})
