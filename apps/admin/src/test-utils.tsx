import { render } from "@testing-library/react"
import type { ReactNode } from "react"
import { AdminContext, memoryStore, type AuthProvider } from "react-admin"
import { mayAccess } from "./auth/roles"
import { i18nProvider } from "./i18n/i18n-provider"
import { createMedusaDataProvider } from "./providers/data-provider"
import { recordingFetch } from "./providers/test-fetch"

interface RenderOptions {
  /** Answers the provider's HTTP calls (see recordingFetch). */
  reply?: Parameters<typeof recordingFetch>[0]
  /** Signed-in role; null for a user without one. */
  role?: string | null
}

/**
 * Renders UI inside react-admin with the real Medusa data provider over a recording fetch, the
 * real Vietnamese i18n, and a signed-in user with the given role.
 */
export function renderAdmin(ui: ReactNode, { reply, role = "admin" }: RenderOptions = {}) {
  const { fetch, calls } = recordingFetch(reply)
  const dataProvider = createMedusaDataProvider({ baseUrl: "http://api", fetch, getToken: () => "tok" })
  const authProvider: AuthProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => role,
    canAccess: async ({ resource, action }) => mayAccess(role, resource, action),
    getIdentity: async () => ({ id: "user_1", fullName: "Lan Nguyễn" }),
  }
  const result = render(
    <AdminContext
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={memoryStore()}
    >
      {ui}
    </AdminContext>,
  )
  return { ...result, calls, dataProvider }
}
