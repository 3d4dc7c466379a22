/**
 * Buyer account forms: registration and log-in. Passwords are only length-checked here; Medusa's
 * auth module stores them hashed.
 */
import { z } from "zod"
import { emailSchema, requiredOr, requiredText } from "./schemas"

/** 8–128 characters. */
export const passwordSchema = z
  .string({ error: requiredOr("invalid_password") })
  .min(1, "required")
  .min(8, "invalid_password")
  .max(128, "too_long")

/** Creating a buyer account. */
export const accountRegisterSchema = z.object({
  full_name: requiredText(2, 100),
  email: emailSchema,
  password: passwordSchema,
})

/** Logging in: any non-empty password (the server judges it). */
export const accountLoginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: requiredOr("required") })
    .min(1, "required")
    .max(128, "too_long"),
})

/** Asking for a password-reset link (storefront and console): only the account's e-mail. */
export const passwordResetRequestSchema = z.object({ email: emailSchema })

/**
 * Choosing a new password on the page a reset link opens: the password twice. The link's one-time
 * token and e-mail travel beside it; Medusa checks the token and consumes it.
 */
export const passwordResetSchema = z
  .object({
    password: passwordSchema,
    password_confirm: z.string({ error: requiredOr("required") }).min(1, "required"),
  })
  .refine((v) => v.password === v.password_confirm, { path: ["password_confirm"], message: "passwords_differ" })

export type AccountRegister = z.infer<typeof accountRegisterSchema>
export type AccountLogin = z.infer<typeof accountLoginSchema>
