import fs from "node:fs/promises"
import path from "node:path"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ApiKeyDTO } from "@medusajs/framework/types"
import { reportCounts, type SeedContext } from "./context"

export const PUBLISHABLE_KEY_TITLE = "Storefront"

/** The storefront's publishable API key, scoped to the online sales channel. */
export async function ensurePublishableKey(ctx: SeedContext, salesChannelId: string): Promise<ApiKeyDTO> {
  const service = ctx.container.resolve(Modules.API_KEY)
  const keys = await service.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  let key = keys.find((k) => !k.revoked_at)
  reportCounts(ctx, "publishable API key", key ? 0 : 1, key ? 1 : 0)
  if (!key) {
    const { result } = await createApiKeysWorkflow(ctx.container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = result[0]
  }
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: key.id },
  })
  const linked = (data[0]?.sales_channels ?? []).some((sc: { id: string } | null) => sc?.id === salesChannelId)
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
  ctx.logger.info(`seed: publishable API key for the storefront: ${key.token}`)
  return key
}

/** The repository root: the nearest folder above the working directory that holds turbo.json. */
async function findRepoRoot(from: string): Promise<string | null> {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const found = await fs.access(path.join(dir, "turbo.json")).then(
      () => true,
      () => false,
    )
    if (found) return dir
    if (path.dirname(dir) === dir) return null
  }
}

/**
 * Outside production, leaves the key and backend URL in <repo>/.ocop/dev.json (git-ignored) for the
 * storefront's development server; other keys in the file are kept.
 */
export async function writeDevState(ctx: SeedContext, publishableKey: string): Promise<void> {
  if (process.env.NODE_ENV === "production") return
  const root = await findRepoRoot(process.cwd())
  if (!root) {
    ctx.logger.warn("seed: repository root not found from the working directory; .ocop/dev.json not written")
    return
  }
  const file = path.join(root, ".ocop", "dev.json")
  const previous = await fs
    .readFile(file, "utf8")
    .then((text) => JSON.parse(text) as Record<string, unknown>)
    .catch(() => ({}))
  const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  const next = { ...previous, publishableKey, backendUrl }
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, `${JSON.stringify(next, null, 2)}\n`)
  ctx.logger.info(`seed: wrote ${path.relative(root, file)}`)
}
