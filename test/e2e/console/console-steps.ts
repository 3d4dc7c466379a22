/**
 * Steps the console journeys share: signing in through the login page, a staff bearer token for
 * checking what the admin API holds, and picking options in react-admin's (MUI) inputs by label.
 */
import { expect, type APIRequestContext, type Page } from "@playwright/test"
import { addDays, formatDateVi, vietnamToday } from "@ocop/domain"
import { E2E_URLS } from "../support/ports.mjs"

/** Demo staff logins: the e2e stack seeds them (OCOP_DEMO_LOGINS=true). */
export const STAFF = {
  office: "office@ocop-laocai.vn",
  promotion: "promotion@ocop-laocai.vn",
  admin: "admin@ocop-laocai.vn",
} as const
export const DEMO_PASSWORD = "ocop-demo-2021"

/** A console URL ("#/producers/create" → http://localhost:<console port>/#/producers/create). */
export const consoleUrl = (hashPath = "") => `${E2E_URLS.console}/${hashPath}`

/** Signs in on the console's login page and waits for the dashboard's account menu. */
export async function signIn(page: Page, email: string) {
  await page.goto(consoleUrl("#/login"))
  await page.getByLabel(/email/i).fill(email)
  // The login form also has a "show password" button whose name mentions the password.
  await page.getByRole("textbox", { name: /mật khẩu/i }).fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).not.toHaveURL(/#\/login/)
  await expect(page.getByRole("banner").getByRole("button", { name: /tài khoản/i })).toBeVisible()
}

/** A staff member's bearer token, as the console gets it: POST /auth/user/emailpass. */
export async function staffToken(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post(`${E2E_URLS.backend}/auth/user/emailpass`, {
    data: { email, password: DEMO_PASSWORD },
  })
  expect(res.status(), `sign-in of ${email}`).toBe(200)
  const { token } = (await res.json()) as { token?: string }
  expect(token, `token for ${email}`).toBeTruthy()
  return token!
}

/** The token in an emailed invite link (`…/#/accept-invite?token=…`, `…/#/staff-invite?token=…`). */
export const inviteTokenOf = (inviteUrl: string) => new URL(inviteUrl.replace("#/", "")).searchParams.get("token")

/** GET an admin API path with a bearer token; returns the status and the parsed body. */
export async function adminGet<T = unknown>(request: APIRequestContext, token: string, pathAndQuery: string) {
  const res = await request.get(`${E2E_URLS.backend}${pathAndQuery}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return { status: res.status(), body: (await res.json().catch(() => null)) as T }
}

/** Opens a react-admin SelectInput by its label and picks an option by its visible name. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole("combobox", { name: label }).click()
  await page
    .getByRole("listbox")
    .getByRole("option", { name: option, exact: typeof option === "string" })
    .click()
  await expect(page.getByRole("listbox")).toBeHidden()
}

/** Types into a react-admin AutocompleteInput and picks the suggestion with that name. */
export async function autocomplete(page: Page, label: string | RegExp, text: string, option = text) {
  const input = page.getByRole("combobox", { name: label })
  await input.fill(text)
  await page.getByRole("listbox").getByRole("option", { name: option, exact: true }).click({ timeout: 15_000 })
  await expect(input).toHaveValue(option)
}

/** A tag unique to this run, so that names, handles and storefront searches were never seen before. */
export function runTag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toLowerCase()
}

/** dd/mm/yyyy for the Vietnam day `offsetDays` from today, as the console's date inputs take it. */
export function dayVi(offsetDays = 0): string {
  return formatDateVi(addDays(vietnamToday(), offsetDays))
}

/** POST an admin API path with a bearer token, failing the test on a non-2xx. */
export async function adminPost<T = unknown>(
  request: APIRequestContext,
  token: string,
  path: string,
  data: unknown,
): Promise<T> {
  const res = await request.post(`${E2E_URLS.backend}${path}`, { headers: { authorization: `Bearer ${token}` }, data })
  expect(res.ok(), `POST ${path} answered ${res.status()}: ${await res.text()}`).toBe(true)
  return (await res.json()) as T
}
