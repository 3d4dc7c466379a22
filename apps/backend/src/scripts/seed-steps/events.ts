import { addDays, leadInputSchema, toIsoDate, tradeEventInputSchema, vietnamToday } from "@ocop/domain"
import { TRADE_EVENT_MODULE } from "../../modules/event"
import type TradeEventModuleService from "../../modules/event/service"
import { createTradeEventWorkflow } from "../../workflows/event/workflows/create-trade-event"
import {
  changeParticipantWorkflow,
  inviteProducerWorkflow,
  recordSpendingWorkflow,
} from "../../workflows/event/workflows/participants"
import { recordLeadWorkflow } from "../../workflows/event/workflows/leads"
import { moveTradeEventWorkflow } from "../../workflows/event/workflows/update-trade-event"
import { DEMO_EVENTS, type DemoEvent } from "../seed-data/events"
import { reportCounts, withSampleNote, type SeedContext } from "./context"
import { seedBoothActivity } from "./event-booth"

/** Who the seed records as having invited, answered and spent. */
const SEED_ACTOR = "seed"

/**
 * The plan's three events with their booths, budgets, spending, participants and leads, dated from the
 * seed day and marked `metadata.sample_data`. An event already present (by handle) is left alone,
 * so a rerun creates nothing and a database seeded long ago keeps its dates.
 */
export async function ensureDemoEvents(
  ctx: SeedContext,
  ids: { producers: Map<string, string>; products: Map<string, string> },
): Promise<void> {
  const service = ctx.container.resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
  const present = new Set(
    (await service.listTradeEvents({ handle: DEMO_EVENTS.map((e) => e.handle) }, { select: ["handle"] })).map(
      (e) => e.handle,
    ),
  )
  const missing = DEMO_EVENTS.filter((e) => !present.has(e.handle))
  for (const demo of missing) await createDemoEvent(ctx, demo, ids)
  reportCounts(ctx, "trade events", missing.length, DEMO_EVENTS.length - missing.length)
}

async function createDemoEvent(
  ctx: SeedContext,
  demo: DemoEvent,
  ids: { producers: Map<string, string>; products: Map<string, string> },
) {
  const today = vietnamToday()
  const day = (offset: number) => toIsoDate(addDays(today, offset))
  const values = tradeEventInputSchema.parse({
    handle: demo.handle,
    name: demo.name,
    name_en: demo.name_en,
    kind: demo.kind,
    province: demo.province,
    address: demo.address,
    starts_on: day(demo.from_day),
    ends_on: day(demo.to_day),
    organiser: demo.organiser,
    revenue_target: demo.revenue_target,
    description: withSampleNote(demo.description, "vi"),
    budget_lines: demo.budget.map(({ kind, label, amount }) => ({ kind, label, amount })),
  })
  const { result: event } = await createTradeEventWorkflow(ctx.container).run({ input: { values, sample: true } })
  const lines = await ctx.container
    .resolve<TradeEventModuleService>(TRADE_EVENT_MODULE)
    .listEventBudgetLines({ event_id: event.id }, { select: ["id", "kind"] })
  for (const participant of demo.participants) {
    const producerId = ids.producers.get(participant.producer)
    if (!producerId) continue
    const products = participant.products.flatMap(([handle, units]) => {
      const id = ids.products.get(handle)
      return id ? [{ product_id: id, units }] : []
    })
    const { result: participantId } = await inviteProducerWorkflow(ctx.container).run({
      input: {
        event_id: event.id,
        producer_id: producerId,
        booth_number: participant.booth,
        products,
        actor_id: SEED_ACTOR,
      },
    })
    if (!participant.answer) continue
    await changeParticipantWorkflow(ctx.container).run({
      input: {
        event_id: event.id,
        participant_id: participantId,
        producer_id: producerId,
        as_producer: true,
        status: participant.answer,
        answered_by: SEED_ACTOR,
        products: participant.answer === "accepted" ? products : [],
      },
    })
  }
  for (const line of demo.budget) {
    const budgetLine = lines.find((l) => l.kind === line.kind)
    if (!line.spent || !budgetLine) continue
    await recordSpendingWorkflow(ctx.container).run({
      input: {
        event_id: event.id,
        budget_line_id: budgetLine.id,
        amount: line.spent,
        spent_on: day(Math.min(demo.from_day, 0)),
        note: "Dữ liệu mẫu",
        actor_id: SEED_ACTOR,
      },
    })
  }
  for (const lead of demo.leads ?? []) {
    const producerId = ids.producers.get(lead.producer)
    if (!producerId) continue
    await recordLeadWorkflow(ctx.container).run({
      input: {
        event_id: event.id,
        values: leadInputSchema.parse({
          company: lead.company,
          contact_name: lead.contact_name,
          phone: lead.phone,
          producer_id: producerId,
          product_ids: lead.products.flatMap((handle) => ids.products.get(handle) ?? []),
          volume: lead.volume,
          status: lead.status,
          note: "Dữ liệu mẫu",
        }),
        actor_id: SEED_ACTOR,
      },
    })
  }
  const moves =
    demo.status === "closed" ? (["open", "closed"] as const) : demo.status === "open" ? (["open"] as const) : []
  for (const status of moves) {
    // A past event's booth works while it is open: sample sales, a loss, the rest sent back.
    if (status === "closed" && demo.booth) await seedBoothActivity(ctx, event, demo.booth, demo.from_day, ids)
    await moveTradeEventWorkflow(ctx.container).run({ input: { event_id: event.id, status, actor_id: SEED_ACTOR } })
  }
}
