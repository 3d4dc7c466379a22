import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What every seed step receives. */
export type SeedContext = {
  container: MedusaContainer
  logger: Logger
}

/** Builds the context from the container that `medusa exec` hands the script. */
export function seedContext(container: MedusaContainer): SeedContext {
  return { container, logger: container.resolve(ContainerRegistrationKeys.LOGGER) }
}

/** Logs "<kind>: created N / already present M", the line an idempotent rerun is judged by. */
export function reportCounts(ctx: SeedContext, kind: string, created: number, present: number): void {
  ctx.logger.info(`seed: ${kind}: created ${created} / already present ${present}`)
}

/** Appended to every demo text so nobody mistakes it for the register's real content. */
export const SAMPLE_NOTE_VI = "Dữ liệu mẫu: tên, giá, số sao và giấy chứng nhận chỉ để minh họa."
export const SAMPLE_NOTE_EN = "Sample data: names, prices, stars and certificates are for illustration only."

/** Demo texts end with the sample-data note. */
export function withSampleNote(text: string, locale: "vi" | "en"): string {
  return `${text}\n\n${locale === "vi" ? SAMPLE_NOTE_VI : SAMPLE_NOTE_EN}`
}
