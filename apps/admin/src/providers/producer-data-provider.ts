import { combineDataProviders, type DataProvider, type Identifier, type RaRecord } from "react-admin"
import { createHttpClient, listQuery, uploadFiles, type HttpClientOptions } from "./http-client"
import { listingBody, productRecord, type ImageValue, type ProducerProductRecord } from "./producer-products"
import { PROFILE_ID, profileBody, profileRecord } from "./producer-profile"

export type ProducerDataProviderOptions = HttpClientOptions

/** `GET /producer/dashboard`: the producer's home figures. */
export interface ProducerDashboard {
  orders_to_prepare: number
  sales_this_month: { orders: number; units?: number; revenue_vnd: number; revenue_usd?: number }
  /** This month's best sellers among its products, by đồng. */
  top_products?: { product_id: string; title: string; units: number; revenue_vnd: number; revenue_usd: number }[]
  /** The last twelve months, oldest first. */
  sales_by_month?: { month: string; orders: number; revenue_vnd: number }[]
  /** Its goods on hand everywhere, and the variants running out. */
  stock?: {
    variants: number
    units: number
    low_count: number
    low: { variant_id: string; product: string; variant: string | null; available: number }[]
  }
  certificates_expiring: {
    id: string
    certificate_number?: string
    product_title?: string
    product_id?: string
    star_level?: number
    valid_until: string
  }[]
  reviews_pending: number
}

/** The producer console's own calls, besides react-admin's CRUD. */
export interface ProducerActions {
  getProducerDashboard(): Promise<{ data: ProducerDashboard }>
  setProducerStock(productId: Identifier, variantId: string, quantity: number): Promise<{ data: ProducerProductRecord }>
  uploadProducerImages(images: ImageValue[]): Promise<string[]>
  answerProducerEvent(eventId: Identifier, answer: ProducerEventAnswer): Promise<{ data: RaRecord }>
  declareBoothStock(
    eventId: Identifier,
    declaration: { lines: { variant_id: string; quantity: number }[] },
  ): Promise<{ data: RaRecord }>
}

/** `POST /producer/events/:id/answer`: take part (with the products and units brought) or not. */
export interface ProducerEventAnswer {
  take_part: boolean
  products?: { product_id: string; units: number }[]
}

/**
 * The producer console's resources, each on a `/producer/*` route that the server scopes to the
 * signed-in user's producer. Names are distinct from the staff resources so that caches and
 * screens never mix the two.
 */
export const PRODUCER_PATHS: Record<string, { path: string; list: string; one: string }> = {
  "producer-products": { path: "/producer/products", list: "products", one: "product" },
  // The stock screen lists the same products, one stock input per variant.
  "producer-stock": { path: "/producer/products", list: "products", one: "product" },
  "producer-orders": { path: "/producer/orders", list: "orders", one: "order" },
  // Issue 15: the events the producer is invited to, and the trade buyers met there who asked for it.
  "producer-events": { path: "/producer/events", list: "events", one: "event" },
  "producer-leads": { path: "/producer/leads", list: "leads", one: "lead" },
}

const PRODUCT_RESOURCES = ["producer-products", "producer-stock"]

function routeOf(resource: string) {
  const route = PRODUCER_PATHS[resource]
  if (!route) throw new Error(`Unknown producer resource: ${resource}`)
  return route
}

/** Creates the data provider for the `/producer/*` API (docs/producer-api.md). */
export function createProducerDataProvider(options: ProducerDataProviderOptions): DataProvider & ProducerActions {
  const request = createHttpClient(options)
  const toRecord = (resource: string, row: Record<string, unknown>): RaRecord =>
    PRODUCT_RESOURCES.includes(resource) ? productRecord(row) : (row as RaRecord)
  const onePath = (resource: string, id: Identifier) => `${routeOf(resource).path}/${encodeURIComponent(String(id))}`

  /** Uploads the pictures picked in a form (those with a file) and returns every URL in order. */
  const uploadProducerImages = async (images: ImageValue[]): Promise<string[]> => {
    const fresh = images.filter((i) => i.rawFile).map((i) => i.rawFile as File)
    const uploaded = fresh.length > 0 ? await uploadFiles(options, "/producer/uploads", fresh) : []
    let next = 0
    return images.map((i) => (i.rawFile ? (uploaded[next++] ?? "") : i.src)).filter(Boolean)
  }

  const saveProfile = async (data: Record<string, unknown>) => {
    const logo = data.logo as ImageValue | null | undefined
    const [logoUrl] = logo ? await uploadProducerImages([logo]) : [null]
    const photos = await uploadProducerImages((data.photos as ImageValue[] | undefined) ?? [])
    const body = await request<{ producer: Record<string, unknown> }>("/producer/profile", {
      method: "POST",
      body: profileBody(data, logoUrl ?? null, photos),
    })
    return profileRecord(body.producer)
  }

  const saveListing = async (data: Record<string, unknown>, id?: Identifier) => {
    const urls = await uploadProducerImages((data.images as ImageValue[] | undefined) ?? [])
    const path = id === undefined ? "/producer/products" : onePath("producer-products", id)
    const body = await request<{ product: Record<string, unknown> }>(path, {
      method: "POST",
      body: listingBody(data, urls, id === undefined),
    })
    return productRecord(body.product)
  }

  const getOne: DataProvider["getOne"] = async (resource, params) => {
    const route = routeOf(resource)
    const body = await request<Record<string, Record<string, unknown>>>(onePath(resource, params.id))
    return { data: toRecord(resource, body[route.one] ?? {}) as never }
  }
  const manyThrough =
    (one: DataProvider["getOne"]): DataProvider["getMany"] =>
    async (resource, params) => ({
      data: (await Promise.all(params.ids.map((id) => one(resource, { id })))).map((r) => r.data) as never[],
    })

  const refuse = (what: string) => () => Promise.reject(new Error(`The producer API has no ${what}`))

  // Read-only resources (stock list, orders): writes are refused here as the server refuses them.
  const readOnly: DataProvider = {
    getList: async (resource, params) => {
      const route = routeOf(resource)
      const body = await request<Record<string, unknown> & { count?: number }>(route.path, {
        query: listQuery({ pagination: params.pagination, filter: params.filter }),
      })
      const rows = ((body[route.list] as Record<string, unknown>[] | undefined) ?? []).map((r) => toRecord(resource, r))
      return { data: rows as never[], total: body.count ?? rows.length }
    },
    getOne,
    getMany: manyThrough(getOne),
    getManyReference: refuse("references"),
    create: (resource) => refuse(`create for ${resource}`)(),
    update: (resource) => refuse(`update for ${resource}`)(),
    updateMany: refuse("bulk update"),
    delete: refuse("delete"),
    deleteMany: refuse("delete"),
  }
  // The producer's products: a save is sent for review (pictures uploaded first).
  const listings: DataProvider = {
    ...readOnly,
    create: async (_resource, params) => ({ data: (await saveListing(params.data)) as never }),
    update: async (_resource, params) => ({ data: (await saveListing(params.data, params.id)) as never }),
  }
  // The producer's profile: one record, read and saved on /producer/profile.
  const getProfile: DataProvider["getOne"] = async () => {
    const body = await request<{ producer: Record<string, unknown> }>("/producer/profile")
    return { data: profileRecord(body.producer) as never }
  }
  const profile: DataProvider = {
    ...readOnly,
    getOne: getProfile,
    getMany: manyThrough(getProfile),
    update: async (_resource, params) => ({ data: { ...(await saveProfile(params.data)), id: PROFILE_ID } as never }),
  }
  const byResource: Record<string, DataProvider> = { "producer-products": listings, "producer-profile": profile }

  return {
    ...combineDataProviders((resource) => byResource[resource] ?? readOnly),

    getProducerDashboard: async () => ({ data: await request<ProducerDashboard>("/producer/dashboard") }),

    setProducerStock: async (productId, variantId, quantity) => {
      const body = await request<{ product: Record<string, unknown> }>(
        `${onePath("producer-products", productId)}/stock`,
        {
          method: "POST",
          body: { variant_id: variantId, quantity },
        },
      )
      return { data: productRecord(body.product) }
    },

    uploadProducerImages,

    answerProducerEvent: async (eventId, answer) => {
      const body = await request<{ event: Record<string, unknown> }>(`${onePath("producer-events", eventId)}/answer`, {
        method: "POST",
        body: answer,
      })
      return { data: body.event as RaRecord }
    },

    // Units of its own products the producer brings to the booth itself, without a transfer.
    declareBoothStock: async (eventId, declaration) => {
      const body = await request<{ event: Record<string, unknown> }>(`${onePath("producer-events", eventId)}/stock`, {
        method: "POST",
        body: declaration,
      })
      return { data: body.event as RaRecord }
    },
  }
}
