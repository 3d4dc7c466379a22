/**
 * The journeys' window on the demo data: the store API of the running stack, called with the
 * publishable key the stack read from its database. Journeys look up handles, certificate numbers
 * and counts here instead of hard-coding what the seed may change.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { expect, type APIRequestContext } from "@playwright/test"
import type {
  CatalogueFacets,
  CatalogueListResponse,
  CatalogueProductDetail,
  CertificateStatus,
  CertificateVerification,
  ProducerDetailResponse,
  ProducerListResponse,
} from "@ocop/domain"
import { E2E_URLS } from "./ports.mjs"

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")

type StackState = { publishableKey: string; urls: typeof E2E_URLS; mailboxDir: string }

/** What stack.mjs wrote once the stack was ready. */
export function stackState(): StackState {
  const file = process.env.OCOP_STACK_STATE_FILE ?? path.join(repoRoot, ".ocop", "e2e-stack.json")
  return JSON.parse(fs.readFileSync(file, "utf8")) as StackState
}

/** The data of each message of `template` that the stack delivered to `to`, oldest first. */
function mailsOf<T>(to: string, template: string): T[] {
  const dir = stackState().mailboxDir
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as Mail<T>)
    .filter((m) => m.to === to && m.template === template)
    .map((m) => m.data)
}

/** The data of the newest message of `template` delivered to `to`, once one has arrived. */
export async function mailedData<T = Record<string, unknown>>(to: string, template: string): Promise<T> {
  await expect.poll(() => mailsOf(to, template).length, { message: `${template} mailed to ${to}` }).toBeGreaterThan(0)
  return mailsOf<T>(to, template).at(-1)!
}

type Mail<T> = { to: string; template: string; data: T }

/**
 * The link in the newest message of `template` that the stack delivered to `to`: the backend runs in
 * production mode, where such links reach only the recipient's mailbox (decision 018).
 */
export async function mailedLink(to: string, template: string): Promise<string> {
  let link: string | undefined
  await expect
    .poll(
      () => {
        const data = mailsOf<{ invite_url?: string; reset_url?: string }>(to, template).at(-1)
        link = data?.invite_url ?? data?.reset_url
        return link
      },
      { message: `${template} mailed to ${to}` },
    )
    .toBeTruthy()
  return link!
}

/** GET a store API path (with its query) as the storefront would, failing the test on a non-2xx. */
export async function storeGet<T>(request: APIRequestContext, pathAndQuery: string): Promise<T> {
  const res = await request.get(`${E2E_URLS.backend}${pathAndQuery}`, {
    headers: { "x-publishable-api-key": stackState().publishableKey },
  })
  expect(res.ok(), `GET ${pathAndQuery} answered ${res.status()}`).toBe(true)
  return (await res.json()) as T
}

export const catalogue = (request: APIRequestContext, query = "") =>
  storeGet<CatalogueListResponse>(request, `/store/catalogue${query ? `?${query}` : ""}`)

export const facets = (request: APIRequestContext, query = "") =>
  storeGet<CatalogueFacets>(request, `/store/catalogue/facets${query ? `?${query}` : ""}`)

export const productDetail = async (request: APIRequestContext, handle: string) =>
  (await storeGet<{ product: CatalogueProductDetail }>(request, `/store/catalogue/${encodeURIComponent(handle)}`))
    .product

export const producers = (request: APIRequestContext, query = "limit=100") =>
  storeGet<ProducerListResponse>(request, `/store/producers?${query}`)

export const producer = (request: APIRequestContext, handle: string) =>
  storeGet<ProducerDetailResponse>(request, `/store/producers/${encodeURIComponent(handle)}`)

export const verification = (request: APIRequestContext, number: string) =>
  storeGet<CertificateVerification>(request, `/store/certificates/${encodeURIComponent(number)}`)

/**
 * Handles of every demo product, read from the seed's data files. (They are backend TypeScript in a
 * CommonJS package, so they are read as text rather than imported into this ESM test package.)
 */
export function seedProductHandles(): string[] {
  const dir = path.join(repoRoot, "apps", "backend", "src", "scripts", "seed-data", "products")
  const handles = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .flatMap((name) =>
      [...fs.readFileSync(path.join(dir, name), "utf8").matchAll(/\bhandle:\s*"([a-z0-9-]+)"/g)].map((m) => m[1]!),
    )
  if (handles.length === 0) throw new Error(`no product handles found in ${dir}`)
  return handles
}

let seedDetails: Promise<CatalogueProductDetail[]> | undefined

/**
 * A product whose newest certificate is `status` (expired or revoked) today. Such products are left
 * out of the catalogue list, so the candidates come from the seed files and the API decides which
 * of them is in that state.
 */
export async function productWithLapsedCertificate(
  request: APIRequestContext,
  status: Exclude<CertificateStatus, "valid">,
): Promise<CatalogueProductDetail> {
  // One sweep per worker: the journeys only read, so the demo data cannot change under them.
  seedDetails ??= Promise.all(seedProductHandles().map((handle) => productDetail(request, handle)))
  const details = await seedDetails.catch((error) => {
    seedDetails = undefined
    throw error
  })
  const found = details.find((d) => d.certificate === null && d.certificates[0]?.status === status)
  if (!found) throw new Error(`the demo data holds no product with a ${status} certificate`)
  return found
}
