import { describe, expect, it } from "vitest"
import {
  accountLoginSchema,
  accountRegisterSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
} from "./account-schemas"
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

  it("asks for a reset link with a valid email only", () => {
    expect(passwordResetRequestSchema.parse({ email: " Mai@Example.VN " })).toEqual({ email: "mai@example.vn" })
    expect(fieldErrors(passwordResetRequestSchema.safeParse({ email: "mai" }).error!)).toEqual({
      email: "Địa chỉ email không hợp lệ",
    })
  })

  it("takes a new password only when typed twice the same", () => {
    expect(passwordResetSchema.parse({ password: "mat-khau-moi", password_confirm: "mat-khau-moi" })).toEqual({
      password: "mat-khau-moi",
      password_confirm: "mat-khau-moi",
    })
    const differ = passwordResetSchema.safeParse({ password: "mat-khau-moi", password_confirm: "mat-khau-khac" })
    expect(fieldErrors(differ.error!)).toEqual({ password_confirm: "Hai mật khẩu không giống nhau" })
    const short = passwordResetSchema.safeParse({ password: "ngan", password_confirm: "" })
    expect(fieldErrors(short.error!, "en")).toEqual({
      password: "Password must have at least 8 characters",
      password_confirm: "This field is required",
    })
  })
})
