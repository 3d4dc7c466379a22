/** Ports of the journeys' own stack, apart from the development ones (9000, 3000, 3001). */
const DEFAULT_PORTS = { backend: 9100, storefront: 3100, console: 3101 }

/**
 * OCOP_STACK_PORTS="9200,3200,3201" moves the stack elsewhere (the benchmark does, so that it can run
 * beside the journeys); unset, the journeys' ports apply.
 */
function portsFromEnv(value) {
  if (!value) return DEFAULT_PORTS
  const [backend, storefront, consolePort] = value.split(",").map((part) => Number(part.trim()))
  for (const port of [backend, storefront, consolePort]) {
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new Error(`OCOP_STACK_PORTS: bad port list "${value}"`)
  }
  return { backend, storefront, console: consolePort }
}

export const E2E_PORTS = portsFromEnv(process.env.OCOP_STACK_PORTS)

export const E2E_URLS = {
  backend: `http://localhost:${E2E_PORTS.backend}`,
  storefront: `http://localhost:${E2E_PORTS.storefront}`,
  console: `http://localhost:${E2E_PORTS.console}`,
}
