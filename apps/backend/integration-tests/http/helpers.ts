import crypto from "node:crypto"
import path from "node:path"
import pg from "pg"
import { expect, inject } from "vitest"
import { generateEntityId } from "@medusajs/framework/utils"
import { isoDaysFromToday } from "@ocop/domain"

export type ApiResponse = { status: number; body: any }

/** Calls the test server; JSON in, JSON out. */
export async function api(
  urlPath: string,
  options: { method?: string; body?: unknown; token?: string; key?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.body !== undefined) headers["content-type"] = "application/json"
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.key) headers["x-publishable-api-key"] = options.key
  const res = await fetch(`${inject("backendUrl")}${urlPath}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await res.text()
  let body: any = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text for the assertion message
  }
  return { status: res.status, body }
}

/** A short random suffix so that every test file creates its own handles and numbers. */
export const unique = () => crypto.randomBytes(4).toString("hex")

/**
 * Creates a user (no role yet) with an email/password identity, as `medusa user` would; returns its
 * email and password. Written in SQL rather than by spawning the CLI (a Medusa boot per user, several
 * seconds each, was a large share of the suite's time): the password is hashed by the very scrypt-kdf
 * module Medusa's emailpass provider verifies with, so signing in goes through Medusa's own check.
 */
export async function createStaffUser(
  login: { email?: string; password?: string } = {},
): Promise<{ email: string; password: string }> {
  const email = login.email ?? `staff-${unique()}@ocop.test`
  const password = login.password ?? `pw-${unique()}-${unique()}`
  const passwordHash = (await emailpassKdf(password)).toString("base64")
  const userId = generateEntityId(undefined, "user")
  const authId = generateEntityId(undefined, "authid")
  const client = new pg.Client({ connectionString: inject("databaseUrl") })
  await client.connect()
  try {
    await client.query("BEGIN")
    await client.query(`INSERT INTO "user" (id, email) VALUES ($1, $2)`, [userId, email])
    await client.query(`INSERT INTO auth_identity (id, app_metadata) VALUES ($1, $2)`, [authId, { user_id: userId }])
    await client.query(
      `INSERT INTO provider_identity (id, entity_id, provider, auth_identity_id, provider_metadata)
       VALUES ($1, $2, 'emailpass', $3, $4)`,
      [generateEntityId(undefined, "provid"), email, authId, { password: passwordHash }],
    )
    await client.query("COMMIT")
  } catch (error) {
    await client.query("ROLLBACK")
    throw error
  } finally {
    await client.end()
  }
  return { email, password }
}

/** scrypt-kdf as @medusajs/auth-emailpass loads it, with that provider's default parameters. */
async function emailpassKdf(password: string): Promise<Buffer> {
  const provider = require.resolve("@medusajs/auth-emailpass")
  const scrypt = require(require.resolve("scrypt-kdf", { paths: [path.dirname(provider)] }))
  return (scrypt.default ?? scrypt).kdf(password, { logN: 15, r: 8, p: 1 })
}

/** Logs a user in; returns the JWT. */
export async function login(email: string, password: string): Promise<string> {
  const res = await api("/auth/user/emailpass", { body: { email, password } })
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token as string
}

/**
 * Creates an administrator and logs in; returns the JWT. `medusa user` cannot set metadata and a
 * user without a role has no access (decision 007), so the first administrator's role is written in SQL.
 */
export async function adminToken(): Promise<string> {
  const { email, password } = await createStaffUser()
  const client = new pg.Client({ connectionString: inject("databaseUrl") })
  await client.connect()
  try {
    await client.query(
      `UPDATE "user" SET metadata = COALESCE(metadata, '{}'::jsonb) || jsonb_build_object('role', 'admin') WHERE email = $1`,
      [email],
    )
  } finally {
    await client.end()
  }
  return login(email, password)
}

/** A new staff member, signed in, given `role` (null: none) by `admin` through the staff route. */
export async function staffMember(
  admin: string,
  role: string | null,
): Promise<{ token: string; id: string; email: string; password: string }> {
  const { email, password } = await createStaffUser()
  const token = await login(email, password)
  const me = await api("/admin/users/me", { token })
  if (role) {
    const set = await api(`/admin/staff/${me.body.user.id}/role`, { token: admin, body: { role } })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
  }
  return { token, id: me.body.user.id as string, email, password }
}

/** A sales channel and a publishable key bound to it. */
export async function storeAccess(token: string): Promise<{ key: string; salesChannelId: string }> {
  const channel = await api("/admin/sales-channels", { token, body: { name: `Test channel ${unique()}` } })
  const created = await api("/admin/api-keys", { token, body: { title: `Test ${unique()}`, type: "publishable" } })
  const keyId = created.body.api_key.id
  await api(`/admin/api-keys/${keyId}/sales-channels`, { token, body: { add: [channel.body.sales_channel.id] } })
  return { key: created.body.api_key.token, salesChannelId: channel.body.sales_channel.id }
}

/** Creates a producer through the admin API and returns it. */
export async function createProducer(token: string, overrides: Record<string, unknown> = {}) {
  const suffix = unique()
  const res = await api("/admin/producers", {
    token,
    body: {
      handle: `htx-test-${suffix}`,
      name: `Hợp tác xã Thử nghiệm ${suffix}`,
      kind: "cooperative",
      registration_number: `REG-${suffix}`,
      district: "sa-pa",
      commune: "Tả Van",
      address: "Thôn Tả Van, Sa Pa",
      representative: "Nguyễn Văn A",
      phone: "0912345678",
      ...overrides,
    },
  })
  if (res.status !== 201) throw new Error(`producer: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.producer
}

/** Creates a published product with one VND-priced variant (`packaging`, "Gói" by default) in the sales channel. */
export async function createProduct(
  token: string,
  {
    title,
    price,
    usdPrice,
    salesChannelId,
    status = "published",
    manageInventory = false,
    shippingProfileId,
    packaging = "Gói",
  }: {
    title: string
    price: number
    usdPrice?: number
    salesChannelId: string
    status?: string
    manageInventory?: boolean
    shippingProfileId?: string
    packaging?: string
  },
) {
  const res = await api("/admin/products", {
    token,
    body: {
      title,
      handle: `p-${unique()}`,
      status,
      ...(shippingProfileId ? { shipping_profile_id: shippingProfileId } : {}),
      options: [{ title: "Quy cách", values: [packaging] }],
      sales_channels: [{ id: salesChannelId }],
      variants: [
        {
          title: packaging,
          options: { "Quy cách": packaging },
          manage_inventory: manageInventory,
          prices: [
            { currency_code: "vnd", amount: price },
            ...(usdPrice === undefined ? [] : [{ currency_code: "usd", amount: usdPrice }]),
          ],
        },
      ],
    },
  })
  if (res.status !== 200) throw new Error(`product: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.product
}

/** Makes a product an OCOP product of the producer. */
export async function attachProduct(token: string, productId: string, body: Record<string, unknown>) {
  const res = await api(`/admin/products/${productId}/ocop`, { token, body })
  if (res.status !== 200) throw new Error(`attach: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.product
}

/** A certificate valid from `validFrom` (default: about a year ago) for the star level. */
export function certificateBody(productId: string, stars: 3 | 4 | 5, overrides: Record<string, unknown> = {}) {
  const score = { 3: 60, 4: 80, 5: 95 }[stars]
  return {
    product_id: productId,
    star_level: stars,
    score,
    certificate_number: `OCOP-${unique()}`,
    decision_number: `${Math.floor(Math.random() * 900) + 100}/QĐ-UBND`,
    decision_date: daysFromToday(-370),
    issuing_level: stars === 5 ? "national" : "provincial",
    valid_from: daysFromToday(-365),
    ...overrides,
  }
}

/** The Vietnam calendar day `days` from today, as "yyyy-mm-dd" (the day certificates count in, decision 001). */
export function daysFromToday(days: number): string {
  return isoDaysFromToday(days)
}

/** Certifies a product and returns the certificate. */
export async function certify(
  token: string,
  productId: string,
  stars: 3 | 4 | 5,
  overrides: Record<string, unknown> = {},
) {
  const res = await api("/admin/certifications", { token, body: certificateBody(productId, stars, overrides) })
  if (res.status !== 201) throw new Error(`certify: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.certification
}
