import type pg from "pg"
export interface DatabaseServer {
  url: string
  embedded: boolean
  stop(): Promise<void>
}
export function ensureDatabaseServer(options?: {
  serverUrl?: string
  name?: string
  port?: number
  log?: (message: string) => void
}): Promise<DatabaseServer>
export function databaseUrlFor(serverUrl: string, name: string): string
export function databaseNameOf(databaseUrl: string): string
export function createDatabaseIfMissing(serverUrl: string, name: string): Promise<boolean>
export function dropDatabase(serverUrl: string, name: string): Promise<void>
export function hasNoProducts(databaseUrl: string): Promise<boolean>
export function freePort(): Promise<number>
export function withDatabase<T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T>
