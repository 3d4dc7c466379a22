import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamDayRange, type PayoutQuery, type PayoutStatement } from "@ocop/domain"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { consignmentLines, supportLines } from "../../queries/producer-payouts"

/** A producer's payout statement for Vietnam days `from`–`to`; null when there is no such producer. */
export async function payoutStatement(
  container: MedusaContainer,
  producerId: string,
  period: PayoutQuery,
): Promise<PayoutStatement | null> {
  const [producer] = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ id: producerId }, { select: ["id", "name", "registration_number", "district", "commune"] })
  if (!producer) return null
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const range = { start: vietnamDayRange(period.from).start, end: vietnamDayRange(period.to).end }
  const [lines, support] = await Promise.all([
    consignmentLines(knex, producerId, range),
    supportLines(knex, producerId, range),
  ])
  const sum = (f: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + f(l), 0)
  const totals = {
    units_sold: sum((l) => l.units_sold),
    sold: sum((l) => l.sold),
    units_returned: sum((l) => l.units_returned),
    returned: sum((l) => l.returned),
    owed: sum((l) => l.owed),
  }
  const due = support.reduce((s, l) => s + l.due, 0)
  const paid = support.reduce((s, l) => s + l.paid, 0)
  return {
    producer: {
      id: producer.id,
      name: producer.name,
      registration_number: producer.registration_number,
      district: producer.district,
      commune: producer.commune,
    },
    from: period.from,
    to: period.to,
    consignment: { lines, totals },
    support: { lines: support, due, paid, outstanding: Math.max(0, due - paid) },
    total_owed: totals.owed + Math.max(0, due - paid),
  }
}
