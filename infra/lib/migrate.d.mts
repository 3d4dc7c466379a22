export const serverDir: string
export function backendIsBuilt(): boolean
export const MIGRATION_LOCK_KEY: number
export function migrateUnderLock(options?: {
  env?: NodeJS.ProcessEnv
  quiet?: boolean
  log?: (line: string) => void
}): Promise<void>
export function storefrontPublishableKey(databaseUrl: string): Promise<string | null>
