import { data, redirect } from "@remix-run/node"
import { fieldErrors } from "@ocop/domain"
import type { z } from "zod"
import { translate, type Locale, type MessageKey } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { customerCookie, customerToken } from "./account.server"
import { attemptWait, countAttempt } from "./attempts.server"
import { formStrings } from "./form-values"
import { refuseCrossSite } from "./same-site.server"
import { fromBackend } from "./medusa.server"

/** Log-in and registration pages are for guests: a logged-in buyer goes to their account. */
export async function guestOnly(request: Request): Promise<null> {
  if (await customerToken(request)) throw redirect("/account")
  return null
}

/**
 * The log-in and registration actions: parse the form with the page's schema, try the backend, and
 * on success keep the customer token in its cookie. A refusal returns the field errors (or the
 * refusal message) with the fields worth showing again — never the password. Attempts are counted
 * per buyer address and per e-mail (`counts`: failed log-ins, every registration); past the limit
 * the form answers 429 with Retry-After before asking the backend (decision 021).
 */
export async function accountFormAction<S extends z.ZodTypeAny>(
  request: Request,
  page: {
    schema: S
    shownFields: readonly string[]
    refusal: MessageKey
    counts: "failures" | "every"
    attempt: (input: z.infer<S>) => Promise<{ ok: true; token: string } | { ok: false; reason?: string }>
  },
) {
  await refuseCrossSite(request)
  const locale = await getLocale(request)
  const values = formStrings(await request.formData())
  const shown = Object.fromEntries(page.shownFields.map((field) => [field, values[field] ?? ""]))
  const parsed = page.schema.safeParse(values)
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error, locale), values: shown }, 400)
  const account = typeof values.email === "string" ? values.email : null
  const wait = await attemptWait(request, account)
  if (wait > 0) return tooMany(locale, shown, wait)
  const result = await fromBackend(() => page.attempt(parsed.data))
  if (!result.ok || page.counts === "every") await countAttempt(request, account)
  if (!result.ok && result.reason === "too_many") return tooMany(locale, shown, 60)
  if (!result.ok) return data({ errors: { "": translate(locale, page.refusal) }, values: shown }, 400)
  return redirect("/account", { headers: { "Set-Cookie": await customerCookie.serialize(result.token) } })
}

function tooMany(locale: Locale, values: Record<string, string>, seconds: number) {
  return data(
    { errors: { "": translate(locale, "account.tooMany") }, values },
    { status: 429, headers: { "Retry-After": String(seconds) } },
  )
}
