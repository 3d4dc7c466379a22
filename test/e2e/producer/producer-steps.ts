/**
 * Steps of the producer journeys: the demo producer the seed gives a console login, its bearer token
 * (as the console gets it: POST /auth/producer/emailpass) and reads of the producer API.
 */
import { expect, type APIRequestContext } from "@playwright/test"
import { E2E_URLS } from "../support/ports.mjs"
import { DEMO_PASSWORD } from "../console/console-steps"

/** A demo producer (apps/backend/src/scripts/seed-data/producers.ts) and one of its seeded products. */
export const PRODUCER = {
  handle: "htx-cam-quyt-bao-thang",
  email: "htx-cam-quyt-bao-thang@ocop-laocai.vn",
  name: "HTX Cam quýt Bảo Thắng",
  product: { title: "Cam sành Bảo Thắng", variant: "Thùng 5 kg", priceVnd: 175_000 },
} as const

/** The producer user's bearer token. */
export async function producerToken(request: APIRequestContext, email: string = PRODUCER.email): Promise<string> {
  const res = await request.post(`${E2E_URLS.backend}/auth/producer/emailpass`, {
    data: { email, password: DEMO_PASSWORD },
  })
  expect(res.status(), `producer sign-in of ${email}`).toBe(200)
  const { token } = (await res.json()) as { token?: string }
  expect(token, `token for ${email}`).toBeTruthy()
  return token!
}

type Variant = { id: string; title: string; price_vnd: number; price_usd: number | null; stock: number | null }

/** A product as `GET /producer/products` answers it (the fields the journeys read). */
export type ProducerProductView = {
  id: string
  title: string
  status: "draft" | "published"
  variants: Variant[]
  review: {
    status: "pending" | "approved" | "rejected"
    kind: "create" | "update"
    comment: string | null
    changes: { variants?: Variant[] } | null
  } | null
}

/** The producer's products matching a search, read with its own token. */
export async function producerProducts(
  request: APIRequestContext,
  token: string,
  q: string,
): Promise<ProducerProductView[]> {
  const res = await request.get(`${E2E_URLS.backend}/producer/products?q=${encodeURIComponent(q)}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(res.status(), `GET /producer/products?q=${q}`).toBe(200)
  return ((await res.json()) as { products: ProducerProductView[] }).products
}

/** A 1×1 PNG, enough for the upload route, which judges files by their content. */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
)
