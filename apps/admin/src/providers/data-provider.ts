import { combineDataProviders, type DataProvider, type Identifier, type RaRecord } from "react-admin"
import { createHttpClient, listQuery, type FetchFn, type QueryValue } from "./http-client"
import { pluralKey, READ_ONLY_FIELDS, singularKey } from "./resource-keys"
import { changedFields, withoutEmpty } from "./record-diff"
import { createProduct, getProduct, setProductStatus, updateProduct } from "./products"
import { createOrderActions, getOrder, getOrders, listOrders, type OrderActions } from "./orders"
import { createProducerAccountActions, type ProducerAccountActions } from "./producer-accounts"
import { createStaffInviteActions, type StaffInviteActions } from "./staff-invites"
import { createPasswordResetActions, type PasswordResetActions } from "./password-reset"
import { createProductActions, type ProductActions } from "./product-actions"
import { createDashboardActions, type DashboardActions } from "./dashboard"

export interface MedusaDataProviderOptions {
  baseUrl: string
  fetch: FetchFn
  getToken: () => string | null
}

export interface Inspection {
  id: Identifier
  inspected_at: string
  inspector: string
  result: "passed" | "failed"
  notes?: string | null
}

/** react-admin's DataProvider plus the OCOP register's custom actions. */
export interface OcopDataProvider
  extends
    DataProvider,
    OrderActions,
    ProducerAccountActions,
    StaffInviteActions,
    PasswordResetActions,
    ProductActions,
    DashboardActions {
  revokeCertification(id: Identifier, reason: string): Promise<{ data: RaRecord }>
  getInspections(certificationId: Identifier): Promise<{ data: Inspection[] }>
  addInspection(certificationId: Identifier, input: Omit<Inspection, "id">): Promise<{ data: Inspection }>
  setStaffRole(userId: Identifier, role: string | null): Promise<{ data: RaRecord }>
  importProducers(producers: object[]): Promise<{ data: { imported: number; ids: string[] } }>
  setProductStatus(productId: Identifier, status: "published" | "draft"): Promise<{ data: { id: Identifier } }>
}

type ListBody = Record<string, unknown> & { count?: number }

/** getManyReference as a list filtered by the reference (`producer_id=…`). */
const referencesThrough =
  (getList: DataProvider["getList"]): DataProvider["getManyReference"] =>
  (resource, params) =>
    getList(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } })

/** Creates the data provider for Medusa's admin API (`/admin/<resource>`). */
export function createMedusaDataProvider(options: MedusaDataProviderOptions): OcopDataProvider {
  const request = createHttpClient(options)
  const path = (resource: string, id?: Identifier) =>
    id === undefined ? `/admin/${resource}` : `/admin/${resource}/${encodeURIComponent(String(id))}`
  const one = (resource: string, body: unknown) => (body as Record<string, unknown>)[singularKey(resource)] as RaRecord

  const getList: DataProvider["getList"] = async (resource, params) => {
    const query = listQuery(params)
    const body = await request<ListBody>(path(resource), { query })
    const data = (body[pluralKey(resource)] ?? []) as RaRecord[]
    return { data: data as never[], total: body.count ?? data.length }
  }

  const generic: DataProvider = {
    getList,

    getOne: async (resource, params) => {
      const query = params.meta?.fields ? { fields: params.meta.fields as string } : undefined
      return { data: one(resource, await request(path(resource, params.id), { query })) as never }
    },

    getMany: async (resource, params) => {
      const query: Record<string, QueryValue> = { id: params.ids.map(String), limit: params.ids.length }
      if (params.meta?.fields) query.fields = params.meta.fields as string
      const body = await request<ListBody>(path(resource), { query })
      return { data: (body[pluralKey(resource)] ?? []) as never[] }
    },

    getManyReference: referencesThrough(getList),

    create: async (resource, params) => {
      const body = await request(path(resource), { method: "POST", body: withoutEmpty(params.data) })
      return { data: one(resource, body) as never }
    },

    update: async (resource, params) => {
      const changes = changedFields(params.data, params.previousData, READ_ONLY_FIELDS)
      // Nothing changed: skip the round trip rather than POST an empty body.
      if (Object.keys(changes).length === 0) return { data: params.previousData as never }
      const body = await request(path(resource, params.id), { method: "POST", body: changes })
      return { data: one(resource, body) as never }
    },

    updateMany: async (resource, params) => {
      // Medusa has no bulk update; sequential calls keep the server's error for the first failure.
      for (const id of params.ids) {
        await request(path(resource, id), { method: "POST", body: withoutEmpty(params.data) })
      }
      return { data: params.ids }
    },

    delete: async (resource, params) => {
      await request(path(resource, params.id), { method: "DELETE" })
      return { data: (params.previousData ?? { id: params.id }) as never }
    },

    deleteMany: async (resource, params) => {
      for (const id of params.ids) await request(path(resource, id), { method: "DELETE" })
      return { data: params.ids }
    },
  }

  // Products are listed from our OCOP list (filters by producer, group, certificate…) and written
  // with their OCOP profile (`products.ts`); orders are read from our order routes (`orders.ts`).
  const listProducts: DataProvider["getList"] = (_resource, params) => getList("ocop-products", params)
  const products: DataProvider = {
    ...generic,
    getList: listProducts,
    getManyReference: referencesThrough(listProducts),
    getOne: async (_resource, params) => ({ data: (await getProduct(request, params.id)) as never }),
    create: async (_resource, params) => ({ data: (await createProduct(request, params.data)) as never }),
    update: async (_resource, params) => ({
      data: (await updateProduct(request, params.id, params.data, params.previousData)) as never,
    }),
  }
  const listOrdersOf: DataProvider["getList"] = async (_resource, params) =>
    (await listOrders(request, params)) as never
  const orders: DataProvider = {
    ...generic,
    getList: listOrdersOf,
    getManyReference: referencesThrough(listOrdersOf),
    getOne: async (_resource, params) => ({ data: (await getOrder(request, params.id)) as never }),
    getMany: async (_resource, params) => ({ data: (await getOrders(request, params.ids)) as never[] }),
  }
  const special: Record<string, DataProvider> = { products, orders }

  const provider: OcopDataProvider = {
    ...combineDataProviders((resource) => special[resource] ?? generic),
    ...createOrderActions(request),
    ...createProducerAccountActions(request),
    ...createStaffInviteActions(request, options),
    ...createPasswordResetActions(options),
    ...createProductActions(request, options),
    ...createDashboardActions(request),

    revokeCertification: async (id, reason) => {
      const body = await request(`${path("certifications", id)}/revoke`, { method: "POST", body: { reason } })
      return { data: one("certifications", body) }
    },

    getInspections: async (certificationId) => {
      const body = await request<{ inspections?: Inspection[] }>(
        `${path("certifications", certificationId)}/inspections`,
      )
      return { data: body.inspections ?? [] }
    },

    setProductStatus: async (productId, status) => {
      await setProductStatus(request, productId, status)
      return { data: { id: productId } }
    },

    importProducers: async (producers) => {
      const body = await request<{ imported: number; ids: string[] }>(`${path("producers")}/import`, {
        method: "POST",
        body: { producers },
      })
      return { data: body }
    },

    setStaffRole: async (userId, role) => {
      const body = await request(`${path("staff", userId)}/role`, { method: "POST", body: { role } })
      return { data: one("staff", body) }
    },

    addInspection: async (certificationId, input) => {
      const body = await request<{ inspection?: Inspection }>(
        `${path("certifications", certificationId)}/inspections`,
        { method: "POST", body: withoutEmpty(input) },
      )
      return { data: (body.inspection ?? body) as Inspection }
    },
  }
  return provider
}
