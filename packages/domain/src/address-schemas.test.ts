import { describe, expect, it } from "vitest"
import {
  checkoutContactSchema,
  countryName,
  deliveryChoiceSchema,
  INTERNATIONAL_COUNTRY_CODES,
  internationalAddressSchema,
  paymentChoiceSchema,
  pickupContactSchema,
  regionKindForCountry,
  VIETNAM_PROVINCES,
  vietnamAddressSchema,
  vietnamCheckoutAddressSchema,
} from "./address-schemas"
import { fieldErrors } from "./messages"

const vnAddress = {
  full_name: "Nguyễn Thị Mai",
  phone: "091 234 5678",
  province: "Lào Cai",
  commune: "Phường Sa Pa",
  street: "12 Cầu Mây",
}

describe("vietnamAddressSchema", () => {
  it("accepts a two-level address and normalises the phone", () => {
    expect(vietnamAddressSchema.parse(vnAddress)).toEqual({ ...vnAddress, phone: "0912345678" })
  })

  it("lists the 34 province-level units, no duplicates", () => {
    expect(VIETNAM_PROVINCES).toHaveLength(34)
    expect(new Set(VIETNAM_PROVINCES).size).toBe(34)
  })

  it("reports each bad field with its own message, in the chosen language", () => {
    const result = vietnamAddressSchema.safeParse({ ...vnAddress, phone: "12345", province: "Yên Bái", street: "" })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!, "en")).toEqual({
      phone: expect.stringMatching(/Invalid phone/),
      province: "Please choose a province or city",
      street: "This field is required",
    })
    expect(fieldErrors(result.error!).province).toBe("Vui lòng chọn tỉnh hoặc thành phố")
  })

  it("says required for a missing province", () => {
    const result = vietnamAddressSchema.safeParse({ ...vnAddress, province: undefined })
    expect(fieldErrors(result.error!, "en").province).toBe("This field is required")
  })
})

describe("vietnamCheckoutAddressSchema", () => {
  it("needs the full address for home delivery, and treats a form without a choice as delivery", () => {
    expect(vietnamCheckoutAddressSchema.parse({ ...vnAddress, fulfilment: "delivery" })).toEqual({
      ...vnAddress,
      phone: "0912345678",
      fulfilment: "delivery",
    })
    const missing = vietnamCheckoutAddressSchema.safeParse({ full_name: "Nguyễn Thị Mai", phone: "0912345678" })
    expect(Object.keys(fieldErrors(missing.error!, "en")).sort()).toEqual(["commune", "province", "street"])
  })

  it("asks a buyer who collects at a point of sale only for name and phone, and drops any address typed", () => {
    const parsed = vietnamCheckoutAddressSchema.parse({
      fulfilment: "pickup",
      full_name: " Nguyễn Thị Mai ",
      phone: "091 234 5678",
      street: "",
      province: "",
    })
    expect(parsed).toEqual({ fulfilment: "pickup", full_name: "Nguyễn Thị Mai", phone: "0912345678" })
  })

  it("still checks the pickup contact, and refuses an unknown choice", () => {
    const bad = vietnamCheckoutAddressSchema.safeParse({ fulfilment: "pickup", full_name: "M", phone: "12345" })
    expect(Object.keys(fieldErrors(bad.error!, "en")).sort()).toEqual(["full_name", "phone"])
    const unknown = vietnamCheckoutAddressSchema.safeParse({ ...vnAddress, fulfilment: "drone" })
    expect(fieldErrors(unknown.error!, "en")).toEqual({ fulfilment: "Invalid value" })
  })
})

describe("internationalAddressSchema", () => {
  const address = {
    full_name: "Jane Doe",
    phone: "+1 (415) 555-0100",
    country_code: "us",
    city: "San Francisco",
    province: "CA",
    postal_code: "94110",
    street: "1 Market St",
  }

  it("accepts an address abroad", () => {
    expect(internationalAddressSchema.parse(address)).toEqual(address)
    expect(internationalAddressSchema.parse({ ...address, province: "" }).province).toBeNull()
  })

  it("refuses Vietnam, a bad phone and a bad postal code", () => {
    const result = internationalAddressSchema.safeParse({
      ...address,
      country_code: "vn",
      phone: "12",
      postal_code: "#",
    })
    expect(Object.keys(fieldErrors(result.error!, "en")).sort()).toEqual(["country_code", "phone", "postal_code"])
  })
})

describe("checkout steps", () => {
  it("validates contact, pickup contact, delivery and payment", () => {
    expect(checkoutContactSchema.parse({ email: " Mai@Example.VN " })).toEqual({ email: "mai@example.vn" })
    expect(fieldErrors(checkoutContactSchema.safeParse({ email: "x" }).error!, "en").email).toBe(
      "Invalid email address",
    )
    expect(pickupContactSchema.safeParse({ full_name: "Mai", phone: "0912345678" }).success).toBe(true)
    expect(fieldErrors(deliveryChoiceSchema.safeParse({}).error!).shipping_option_id).toBe(
      "Vui lòng nhập thông tin này",
    )
    expect(fieldErrors(deliveryChoiceSchema.safeParse({ shipping_option_id: " " }).error!).shipping_option_id).toBe(
      "Vui lòng chọn cách nhận hàng",
    )
    expect(paymentChoiceSchema.parse({ payment_method: "vietqr" })).toEqual({ payment_method: "vietqr" })
    expect(fieldErrors(paymentChoiceSchema.safeParse({ payment_method: "card" }).error!, "en").payment_method).toBe(
      "Please choose how to pay",
    )
  })
})

describe("regions and countries", () => {
  it("puts Vietnam in the VND region and every other country in the international one", () => {
    expect(regionKindForCountry("VN")).toBe("vietnam")
    for (const code of INTERNATIONAL_COUNTRY_CODES) expect(regionKindForCountry(code)).toBe("international")
    expect(countryName("jp", "vi")).toBe("Nhật Bản")
    expect(countryName("vn", "en")).toBe("Vietnam")
  })
})
