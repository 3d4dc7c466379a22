import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { ProductErrorCode, ProductImportRow } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"

/** Row errors (`rows.<row>.<field>` → code) and, per producer reference, the producer's id. */
export type ImportCheck = { errors: Record<string, ProductErrorCode>; producerIdOf: Map<string, string> }

/**
 * A producer named by handle, or else by business registration number when exactly one producer
 * has it (two households may share a number typed wrongly; guessing would attach to the wrong one).
 */
async function resolveProducers(scope: MedusaContainer, refs: string[]): Promise<Map<string, string>> {
  const producers = scope.resolve<ProducerModuleService>(PRODUCER_MODULE)
  const found = await producers.listProducers(
    { $or: [{ handle: refs }, { registration_number: refs }] },
    { select: ["id", "handle", "registration_number"] },
  )
  const idOf = new Map<string, string>()
  for (const ref of refs) {
    const byHandle = found.find((p) => p.handle === ref)
    const byNumber = found.filter((p) => p.registration_number === ref)
    if (byHandle) idOf.set(ref, byHandle.id)
    else if (byNumber.length === 1) idOf.set(ref, byNumber[0]!.id)
  }
  return idOf
}

/**
 * What only the database can tell about valid rows: unknown producers, handles of products that
 * exist already, SKUs used by other products. Reported on every row concerned.
 */
export async function checkImportAgainstStore(scope: MedusaContainer, rows: ProductImportRow[]): Promise<ImportCheck> {
  const unique = <T>(values: T[]) => [...new Set(values)]
  const products = scope.resolve(Modules.PRODUCT)
  const skus = unique(rows.flatMap((r) => (r.sku ? [r.sku] : [])))
  const [producerIdOf, existing, variants] = await Promise.all([
    resolveProducers(scope, unique(rows.map((r) => r.producer))),
    products.listProducts({ handle: unique(rows.map((r) => r.handle)) }, { select: ["handle"] }),
    skus.length ? products.listProductVariants({ sku: skus }, { select: ["sku"] }) : Promise.resolve([]),
  ])
  const takenHandles = new Set(existing.map((p) => p.handle))
  const takenSkus = new Set(variants.map((v) => v.sku))
  const errors: Record<string, ProductErrorCode> = {}
  rows.forEach((row, index) => {
    if (!producerIdOf.has(row.producer)) errors[`rows.${index}.producer`] = "unknown_producer"
    if (takenHandles.has(row.handle)) errors[`rows.${index}.handle`] = "handle_taken"
    if (row.sku && takenSkus.has(row.sku)) errors[`rows.${index}.sku`] = "sku_taken"
  })
  return { errors, producerIdOf }
}
