import { describe, expect, it } from "vitest"
import { accountLoginSchema, accountRegisterSchema } from "./account-schemas"
import { fieldErrors } from "./messages"

describe("account schemas", () => {
  it("accepts a registration and normalises the email", () => {
    expect(
      accountRegisterSchema.parse({ full_name: "Nguyễn Thị Mai", email: " Mai@Example.VN", password: "mat-khau-1" }),
    ).toEqual({
      full_name: "Nguyễn Thị Mai",
      email: "mai@example.vn",
      password: "mat-khau-1",
    })
  })

  it("explains a short password and a bad email in the buyer's language", () => {
    const result = accountRegisterSchema.safeParse({ full_name: "Mai", email: "mai", password: "short" })
    expect(fieldErrors(result.error!, "en")).toEqual({
      email: "Invalid email address",
      password: "Password must have at least 8 characters",
    })
    expect(fieldErrors(result.error!).password).toBe("Mật khẩu phải có ít nhất 8 ký tự")
  })

  it("needs both fields to log in", () => {
    const result = accountLoginSchema.safeParse({ email: "mai@example.vn", password: "" })
    expect(fieldErrors(result.error!, "en")).toEqual({ password: "This field is required" })
  })
})
