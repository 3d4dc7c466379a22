export const E2E_PORTS: { backend: number; storefront: number; console: number }
export const E2E_URLS: { backend: string; storefront: string; console: string }
