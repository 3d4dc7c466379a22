import type { ProducerSalesSummary, ProducerUser } from "@ocop/domain"
import type { Identifier } from "react-admin"
import type { RequestOptions } from "./http-client"

type Request = <T = unknown>(path: string, options?: RequestOptions) => Promise<T>

export interface ProducerUserInvite {
  producer_id: Identifier
  email: string
  name: string
}

/** Staff actions on one producer's page: its sales figures and its users' accounts. */
export interface ProducerAccountActions {
  getProducerSales(producerId: Identifier): Promise<{ data: ProducerSalesSummary }>
  getProducerUsers(producerId: Identifier): Promise<{ data: ProducerUser[] }>
  /** Invites (or re-invites) a user; `invite_url` is the link the invite carries. */
  inviteProducerUser(input: ProducerUserInvite): Promise<{ data: ProducerUser; inviteUrl: string | null }>
  setProducerUserEnabled(userId: Identifier, enabled: boolean): Promise<{ data: ProducerUser }>
}

export function createProducerAccountActions(request: Request): ProducerAccountActions {
  const id = (value: Identifier) => encodeURIComponent(String(value))
  return {
    getProducerSales: async (producerId) => {
      const body = await request<{ sales: ProducerSalesSummary }>(`/admin/producers/${id(producerId)}/sales`)
      return { data: body.sales }
    },
    getProducerUsers: async (producerId) => {
      // A producer has a handful of users; one page holds them all.
      const body = await request<{ producer_users?: ProducerUser[] }>("/admin/producer-users", {
        query: { producer_id: String(producerId), limit: 100 },
      })
      return { data: body.producer_users ?? [] }
    },
    inviteProducerUser: async (input) => {
      const body = await request<{ producer_user: ProducerUser; invite_url?: string | null }>("/admin/producer-users", {
        method: "POST",
        body: { ...input, producer_id: String(input.producer_id) },
      })
      return { data: body.producer_user, inviteUrl: body.invite_url ?? null }
    },
    setProducerUserEnabled: async (userId, enabled) => {
      const body = await request<{ producer_user: ProducerUser }>(
        `/admin/producer-users/${id(userId)}/${enabled ? "enable" : "disable"}`,
        { method: "POST" },
      )
      return { data: body.producer_user }
    },
  }
}
