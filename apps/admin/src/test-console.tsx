import { render } from "@testing-library/react"
import type { ReactNode } from "react"
import { AdminContext, memoryStore, TestMemoryRouter, type AuthProvider, type UserIdentity } from "react-admin"
import { mayAccess } from "./auth/roles"
import { i18nProvider } from "./i18n/i18n-provider"
import { createConsoleDataProvider } from "./providers/console-data-provider"
import { recordingFetch } from "./providers/test-fetch"

interface RenderOptions {
  /** Answers the provider's HTTP calls (see recordingFetch). */
  reply?: Parameters<typeof recordingFetch>[0]
  /** react-admin permissions: a staff role, 'producer', or null. */
  permissions?: string | null
  identity?: UserIdentity
  /** Start at this route (e.g. an edit page that reads its id from the URL). */
  at?: string
  /** Told each location the router goes to. */
  onLocation?: (pathname: string) => void
  /** The auth provider's login (default: succeeds). */
  login?: AuthProvider["login"]
}

export const PRODUCER_IDENTITY = {
  id: "pdus_1",
  fullName: "Nguyễn Văn Hưng",
  producerId: "pdcr_1",
  producerName: "HTX Cam quýt Bảo Thắng",
}

/**
 * Renders UI inside react-admin with the console's real data provider (staff, review queue and
 * producer API, routed by resource) over a recording fetch, and the real Vietnamese messages.
 */
export function renderConsole(
  ui: ReactNode,
  { reply, permissions = "producer", identity, at = "/", onLocation, login }: RenderOptions = {},
) {
  const { fetch, calls } = recordingFetch(reply)
  const dataProvider = createConsoleDataProvider({ baseUrl: "http://api", fetch, getToken: () => "tok" })
  const who = identity ?? (permissions === "producer" ? PRODUCER_IDENTITY : { id: "user_1", fullName: "Lan Nguyễn" })
  const authProvider: AuthProvider = {
    login: login ?? (async () => undefined),
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => permissions,
    canAccess: async ({ resource, action }) => mayAccess(permissions, resource, action),
    getIdentity: async () => who,
  }
  const result = render(
    <TestMemoryRouter initialEntries={[at]} locationCallback={(l) => onLocation?.(l.pathname)}>
      <AdminContext
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        store={memoryStore()}
      >
        {ui}
      </AdminContext>
    </TestMemoryRouter>,
  )
  return { ...result, calls, dataProvider }
}
