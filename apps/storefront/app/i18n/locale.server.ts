import { redirect } from "@remix-run/node"
import { buyerCookie } from "~/utils/cookies.server"
import { DEFAULT_LOCALE, parseLocale, type Locale } from "./index"
import "./dictionaries.server"

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

/** Remembers the buyer's language choice; not signed because it carries no privilege. */
export const langCookie = buyerCookie("lang", ONE_YEAR_SECONDS)

/** The locale for a request: the `lang` cookie when valid, otherwise Vietnamese. */
export async function getLocale(request: Request): Promise<Locale> {
  const value = await langCookie.parse(request.headers.get("Cookie"))
  return parseLocale(value) ?? DEFAULT_LOCALE
}

/**
 * Only same-site paths are accepted as a return address, so the switch cannot be abused as an
 * open redirect (`//evil.example`, `https://…`, `/\evil`).
 */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/")) return fallback
  if (target.startsWith("//") || target.startsWith("/\\")) return fallback
  if (/[\u0000-\u001f]/.test(target)) return fallback
  return target
}

/** Where to go back to: the form's redirectTo, else the Referer's path when same-origin, else home. */
export function returnPath(request: Request, redirectTo: FormDataEntryValue | null): string {
  if (typeof redirectTo === "string" && redirectTo) return safeRedirectPath(redirectTo)
  const referer = request.headers.get("Referer")
  if (referer) {
    try {
      const url = new URL(referer)
      if (url.origin === new URL(request.url).origin) return safeRedirectPath(url.pathname + url.search)
    } catch {
      // A malformed Referer is ignored, like a missing one.
    }
  }
  return "/"
}

/**
 * Handles the language switch form: stores the chosen language for a year and redirects back.
 * An unknown language falls back to Vietnamese rather than failing, since the form has fixed values.
 */
export async function switchLanguage(request: Request): Promise<Response> {
  const form = await request.formData()
  const locale = parseLocale(form.get("lang")) ?? DEFAULT_LOCALE
  return redirect(returnPath(request, form.get("redirectTo")), {
    headers: { "Set-Cookie": await langCookie.serialize(locale) },
  })
}
