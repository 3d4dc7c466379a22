/** Ports of the journeys' own stack, apart from the development ones (9000, 3000, 3001). */
export const E2E_PORTS = { backend: 9100, storefront: 3100, console: 3101 }

export const E2E_URLS = {
  backend: `http://localhost:${E2E_PORTS.backend}`,
  storefront: `http://localhost:${E2E_PORTS.storefront}`,
  console: `http://localhost:${E2E_PORTS.console}`,
}
