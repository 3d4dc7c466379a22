import type { StaffRole } from "@ocop/domain"
import type { Identifier } from "react-admin"
import { createHttpClient, type FetchFn, type RequestOptions } from "./http-client"

type Request = <T = unknown>(path: string, options?: RequestOptions) => Promise<T>

/** A pending staff invite (decision 011): never its token. */
export interface StaffInvite {
  id: string
  email: string
  role: StaffRole | null
  expires_at: string
  expired: boolean
  created_at?: string
}

export interface StaffInviteAcceptInput {
  token: string
  email: string
  password: string
  first_name: string
  last_name: string
}

/** Staff accounts by invite: the administrator's side and the invitee's. */
export interface StaffInviteActions {
  getStaffInvites(): Promise<{ data: StaffInvite[] }>
  inviteStaff(input: { email: string; role: StaffRole }): Promise<{ data: StaffInvite; inviteUrl: string | null }>
  resendStaffInvite(inviteId: Identifier): Promise<{ data: StaffInvite; inviteUrl: string | null }>
  deleteStaffInvite(inviteId: Identifier): Promise<void>
  /**
   * The invitee's side, before they have an account: registers their email/password login (or,
   * when the address already has one, signs in with it), then accepts the invite with that token.
   */
  acceptStaffInvite(input: StaffInviteAcceptInput): Promise<void>
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

export function createStaffInviteActions(
  request: Request,
  { baseUrl, fetch }: { baseUrl: string; fetch: FetchFn },
): StaffInviteActions {
  const invite = (value: Identifier) => `/admin/staff/invites/${encodeURIComponent(String(value))}`
  type Answer = { staff_invite: StaffInvite; invite_url?: string | null }
  const withUrl = (body: Answer) => ({ data: body.staff_invite, inviteUrl: body.invite_url ?? null })

  /** A client of its own: the invitee's registration token, not the signed-in staff member's. */
  const asInvitee = (token: string | null) => createHttpClient({ baseUrl, fetch, getToken: () => token })

  const registrationToken = async (email: string, password: string): Promise<string> => {
    const anonymous = asInvitee(null)
    try {
      const body = await anonymous<{ token: string }>("/auth/user/emailpass/register", {
        method: "POST",
        body: { email, password },
      })
      return body.token
    } catch (error) {
      // The address already has a login (a buyer account, an earlier attempt): its password proves it.
      if (statusOf(error) !== 401 && statusOf(error) !== 400) throw error
      const body = await anonymous<{ token: string }>("/auth/user/emailpass", {
        method: "POST",
        body: { email, password },
      })
      return body.token
    }
  }

  return {
    getStaffInvites: async () => {
      const body = await request<{ staff_invites?: StaffInvite[] }>("/admin/staff/invites", { query: { limit: 200 } })
      return { data: body.staff_invites ?? [] }
    },
    inviteStaff: async (input) =>
      withUrl(await request<Answer>("/admin/staff/invites", { method: "POST", body: input })),
    resendStaffInvite: async (inviteId) =>
      withUrl(await request<Answer>(`${invite(inviteId)}/resend`, { method: "POST" })),
    deleteStaffInvite: async (inviteId) => {
      await request(invite(inviteId), { method: "DELETE" })
    },
    acceptStaffInvite: async ({ token, email, password, first_name, last_name }) => {
      const registration = await registrationToken(email, password)
      await asInvitee(registration)("/admin/staff/invites/accept", {
        method: "POST",
        body: { token, first_name, last_name },
      })
    },
  }
}
