import { data, redirect } from "@remix-run/node"
import { fieldErrors } from "@ocop/domain"
import type { z } from "zod"
import { translate, type MessageKey } from "~/i18n"
import { getLocale } from "~/i18n/locale.server"
import { customerCookie, customerToken } from "./account.server"
import { formStrings } from "./form-values"
import { fromBackend } from "./medusa.server"

/** Log-in and registration pages are for guests: a logged-in buyer goes to their account. */
export async function guestOnly(request: Request): Promise<null> {
  if (await customerToken(request)) throw redirect("/account")
  return null
}

/**
 * The log-in and registration actions: parse the form with the page's schema, try the backend, and
 * on success keep the customer token in its cookie. A refusal returns the field errors (or the
 * refusal message) with the fields worth showing again — never the password.
 */
export async function accountFormAction<S extends z.ZodTypeAny>(
  request: Request,
  page: {
    schema: S
    shownFields: readonly string[]
    refusal: MessageKey
    attempt: (input: z.infer<S>) => Promise<{ ok: true; token: string } | { ok: false }>
  },
) {
  const locale = await getLocale(request)
  const values = formStrings(await request.formData())
  const shown = Object.fromEntries(page.shownFields.map((field) => [field, values[field] ?? ""]))
  const parsed = page.schema.safeParse(values)
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error, locale), values: shown }, 400)
  const result = await fromBackend(() => page.attempt(parsed.data))
  if (!result.ok) return data({ errors: { "": translate(locale, page.refusal) }, values: shown }, 400)
  return redirect("/account", { headers: { "Set-Cookie": await customerCookie.serialize(result.token) } })
}
