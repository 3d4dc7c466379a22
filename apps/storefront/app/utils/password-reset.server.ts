import { data, redirect } from "@remix-run/node"
import { fieldErrors, passwordResetRequestSchema, passwordResetSchema } from "@ocop/domain"
import { translate, type Locale } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { requestPasswordReset, resetPassword } from "./account.server"
import { attemptWait, countAttempt } from "./attempts.server"
import { formStrings } from "./form-values"
import { fromBackend } from "./medusa.server"
import { refuseCrossSite } from "./same-site.server"

/** The link's token and e-mail, as the reset mail writes them (`?token=…&email=…`). */
export function resetLinkOf(search: URLSearchParams | Record<string, string>) {
  const get = (name: string) =>
    (search instanceof URLSearchParams ? search.get(name) : search[name])?.trim() || undefined
  const token = get("token")
  const email = get("email")
  return token && email ? { token, email } : null
}

const tooMany = (locale: Locale, seconds: number) =>
  data(
    { errors: { "": translate(locale, "account.tooMany") }, sent: null },
    { status: 429, headers: { "Retry-After": String(seconds) } },
  )

/** "Forgot password": every request counts against the address and the e-mail (decision 021). */
export async function forgotPasswordAction(request: Request) {
  await refuseCrossSite(request)
  const locale = await getLocale(request)
  const values = formStrings(await request.formData())
  const parsed = passwordResetRequestSchema.safeParse(values)
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error, locale), sent: null }, 400)
  const wait = await attemptWait(request, parsed.data.email)
  if (wait > 0) return tooMany(locale, wait)
  await countAttempt(request, parsed.data.email)
  const result = await fromBackend(() => requestPasswordReset(parsed.data.email))
  if (!result.ok) return tooMany(locale, 60)
  return data({ errors: {} as Record<string, string>, sent: parsed.data.email })
}

/** The new password, with the link's token; a refused link says so and offers a new one. */
export async function resetPasswordAction(request: Request) {
  await refuseCrossSite(request)
  const locale = await getLocale(request)
  const values = formStrings(await request.formData())
  const link = resetLinkOf(values)
  if (!link) return data({ errors: { "": translate(locale, "reset.incomplete") }, expired: true }, 400)
  const parsed = passwordResetSchema.safeParse(values)
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error, locale), expired: false }, 400)
  const wait = await attemptWait(request, link.email)
  if (wait > 0) return data({ errors: { "": translate(locale, "account.tooMany") }, expired: false }, 429)
  const result = await fromBackend(() => resetPassword({ ...link, password: parsed.data.password }))
  if (!result.ok) {
    await countAttempt(request, link.email)
    const key = result.reason === "too_many" ? "account.tooMany" : "reset.expired"
    return data({ errors: { "": translate(locale, key) }, expired: result.reason === "expired" }, 400)
  }
  return redirect("/account/login?reset=1")
}
