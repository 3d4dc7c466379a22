export const DEMO_PASSWORD: string
export const DEMO_STAFF: { email: string; role: string }[]
export const DEMO_PRODUCER_LOGINS: { first: string[]; count: number }
export function demoProducerLines(logins?: { first: string[]; count: number }): string[]
export function demoBanner(input: {
  backendUrl: string
  storefrontUrl: string
  consoleUrl: string
  databaseUrl: string
  embedded: boolean
}): string
