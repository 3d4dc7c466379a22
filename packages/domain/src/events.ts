/**
 * Trade-promotion events (docs/domain.md §6): fairs, OCOP weeks and supply–demand conferences that
 * trade promotion takes producers to. An event has a venue, Vietnam calendar days, a budget by line,
 * a revenue target and participants; its booth is a place of sale of kind `booth` (decision 028).
 */
import { z } from "zod"
import { VIETNAM_PROVINCES } from "./address-schemas"
import { formatDateVi } from "./dates"
import type { DomainLocale } from "./messages"
import {
  emailSchema,
  handleSchema,
  integerText,
  isoDateSchema,
  nullable,
  optionalText,
  requiredOr,
  requiredText,
  vietnamesePhoneSchema,
  vndAmountSchema,
} from "./schemas"
import { staffMay, type StaffRole } from "./staff-roles"
import { vietnamDayRange, vietnamIsoDay } from "./vn-time"

export const EVENT_KINDS = ["fair", "ocop_week", "supply_demand_conference", "exhibition", "other"] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const EVENT_KIND_NAMES: Readonly<Record<EventKind, { vi: string; en: string }>> = {
  fair: { vi: "Hội chợ", en: "Fair" },
  ocop_week: { vi: "Tuần lễ OCOP", en: "OCOP week" },
  supply_demand_conference: { vi: "Hội nghị kết nối cung – cầu", en: "Supply–demand conference" },
  exhibition: { vi: "Triển lãm, trưng bày", en: "Exhibition" },
  other: { vi: "Sự kiện khác", en: "Other event" },
}

/** planned → open → closed; a closed event is read-only. */
export const EVENT_STATUSES = ["planned", "open", "closed"] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

export const EVENT_STATUS_NAMES: Readonly<Record<EventStatus, { vi: string; en: string }>> = {
  planned: { vi: "Đang chuẩn bị", en: "Planned" },
  open: { vi: "Đang diễn ra", en: "Open" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
}

/** The only moves between statuses: the console's buttons and the server's refusals both read this. */
export const EVENT_TRANSITIONS: Readonly<Record<EventStatus, readonly EventStatus[]>> = {
  planned: ["open"],
  open: ["closed"],
  closed: [],
}

/** Whether an event may go from `from` to `to`. */
export function mayMoveEvent(from: EventStatus, to: EventStatus): boolean {
  return EVENT_TRANSITIONS[from].includes(to)
}

/** A closed event is a record: nothing about it changes any more. */
export function isEventReadOnly(status: EventStatus): boolean {
  return status === "closed"
}

/** Budget lines the plan's events spend on; `other` takes a label of its own. */
export const BUDGET_LINE_KINDS = [
  "booth_rent",
  "transport",
  "printing",
  "accommodation",
  "allowance",
  "promotion",
  "other",
] as const
export type BudgetLineKind = (typeof BUDGET_LINE_KINDS)[number]

export const BUDGET_LINE_NAMES: Readonly<Record<BudgetLineKind, { vi: string; en: string }>> = {
  booth_rent: { vi: "Thuê gian hàng", en: "Booth rent" },
  transport: { vi: "Vận chuyển", en: "Transport" },
  printing: { vi: "In ấn", en: "Printing" },
  accommodation: { vi: "Lưu trú", en: "Accommodation" },
  allowance: { vi: "Công tác phí", en: "Travel allowance" },
  promotion: { vi: "Quảng bá", en: "Promotion" },
  other: { vi: "Khác", en: "Other" },
}

/** A producer's answer to an invitation. */
export const PARTICIPANT_STATUSES = ["invited", "accepted", "declined"] as const
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number]

export const PARTICIPANT_STATUS_NAMES: Readonly<Record<ParticipantStatus, { vi: string; en: string }>> = {
  invited: { vi: "Đã mời", en: "Invited" },
  accepted: { vi: "Tham gia", en: "Taking part" },
  declined: { vi: "Không tham gia", en: "Not taking part" },
}

/** Where an event stands on a given instant: what the storefront sorts by. */
export type EventTiming = "running" | "coming" | "past"

/** Running while now is within [starts_at, ends_at); a closed event is past whatever its dates say. */
export function eventTiming(
  event: { starts_at: Date | string; ends_at: Date | string; status: EventStatus },
  now: Date = new Date(),
): EventTiming {
  if (event.status === "closed") return "past"
  const t = now.getTime()
  if (t < new Date(event.starts_at).getTime()) return "coming"
  return t < new Date(event.ends_at).getTime() ? "running" : "past"
}

/**
 * The storefront's order: running events first (the soonest to end first), then coming ones (the
 * soonest to start first), then past ones (the latest first).
 */
export function sortEventsForVisitors<
  T extends { starts_at: Date | string; ends_at: Date | string; status: EventStatus },
>(events: readonly T[], now: Date = new Date()): T[] {
  const rank = { running: 0, coming: 1, past: 2 } as const
  const time = (d: Date | string) => new Date(d).getTime()
  return [...events].sort((a, b) => {
    const ta = eventTiming(a, now)
    const tb = eventTiming(b, now)
    if (ta !== tb) return rank[ta] - rank[tb]
    if (ta === "running") return time(a.ends_at) - time(b.ends_at)
    if (ta === "coming") return time(a.starts_at) - time(b.starts_at)
    return time(b.starts_at) - time(a.starts_at)
  })
}

/**
 * The instants an event spans from the Vietnam days people pick, both inclusive: from 00:00 of the
 * first day to 00:00 of the day after the last, Vietnam time.
 */
export function eventSpan(startsOn: string, endsOn: string): { starts_at: Date; ends_at: Date } {
  return { starts_at: vietnamDayRange(startsOn).start, ends_at: vietnamDayRange(endsOn).end }
}

/** The Vietnam days an event spans, first and last (inclusive): `eventSpan` read back. */
export function eventDays(event: { starts_at: Date | string; ends_at: Date | string }): {
  starts_on: string
  ends_on: string
} {
  return {
    starts_on: vietnamIsoDay(new Date(event.starts_at)),
    ends_on: vietnamIsoDay(new Date(new Date(event.ends_at).getTime() - 1)),
  }
}

/** "12/03/2026 – 18/03/2026", or one date for a one-day event: how every screen writes an event's days. */
export function eventDaysText(event: { starts_at: Date | string; ends_at: Date | string }): string {
  const first = formatDateVi(event.starts_at)
  const last = formatDateVi(new Date(new Date(event.ends_at).getTime() - 1))
  return first === last ? first : `${first} – ${last}`
}

/** An event as `GET /store/events` lists it. */
export type StoreEvent = {
  handle: string
  name: string
  name_en: string
  kind: EventKind
  starts_at: string
  ends_at: string
  starts_on: string
  ends_on: string
  timing: EventTiming
  venue: { province: string; address: string }
  organiser: string
  description: string | null
}

/** `GET /store/events/:handle`: the event with the producers taking part and the products they bring. */
export type StoreEventDetail = StoreEvent & {
  participants: {
    producer: { name: string; handle: string }
    booth_number: string | null
    products: { title: string; handle: string; thumbnail: string | null }[]
  }[]
  /** The event's prices (whole đồng), listed only when they apply online too. */
  prices: { product_title: string; product_handle: string; variant_title: string | null; amount: number }[]
}

const budgetLineSchema = z
  .object({
    kind: z.enum(BUDGET_LINE_KINDS, { error: requiredOr("invalid_value") }),
    label: optionalText(200),
    amount: vndAmountSchema,
  })
  .strict()

const eventFields = {
  handle: handleSchema.max(80, "too_long"),
  name: requiredText(2, 300),
  name_en: requiredText(2, 300),
  kind: z.enum(EVENT_KINDS, { error: requiredOr("invalid_value") }),
  province: z.enum(VIETNAM_PROVINCES, { error: requiredOr("invalid_province") }),
  address: requiredText(2, 300),
  starts_on: isoDateSchema,
  ends_on: isoDateSchema,
  organiser: requiredText(2, 300),
  responsible_user_id: optionalText(100),
  revenue_target: vndAmountSchema,
  description: optionalText(4000),
  budget_lines: z.array(budgetLineSchema).max(30, "too_long"),
}

const daysInOrder = (e: { starts_on?: string; ends_on?: string }) =>
  !e.starts_on || !e.ends_on || e.starts_on <= e.ends_on

/** A new event, planned; its budget lines come with it. */
export const tradeEventInputSchema = z
  .object({ ...eventFields, budget_lines: eventFields.budget_lines.default([]) })
  .strict()
  .refine(daysInOrder, { message: "valid_until_before_valid_from", path: ["ends_on"] })
export type TradeEventInput = z.input<typeof tradeEventInputSchema>
export type TradeEventValues = z.output<typeof tradeEventInputSchema>

/**
 * Changes to an event that is not closed. `budget_lines`, when sent, is the whole list: a line with
 * an `id` keeps its spending, one without is new, a missing one is removed if nothing was spent on it.
 */
export const tradeEventUpdateSchema = z
  .object({
    ...eventFields,
    budget_lines: z
      .array(budgetLineSchema.extend({ id: z.string().trim().min(1).max(100).optional() }))
      .max(30, "too_long"),
  })
  .partial()
  .strict()
  .refine(daysInOrder, { message: "valid_until_before_valid_from", path: ["ends_on"] })
export type TradeEventUpdate = z.output<typeof tradeEventUpdateSchema>

/** POST /admin/trade-events/:id/status */
export const tradeEventStatusSchema = z
  .object({ status: z.enum(EVENT_STATUSES, { error: requiredOr("invalid_value") }) })
  .strict()

/** Money spent against one budget line. */
export const eventSpendingInputSchema = z
  .object({
    budget_line_id: requiredText(1, 100),
    amount: vndAmountSchema.refine((n) => n > 0, "not_whole_dong"),
    spent_on: isoDateSchema,
    note: optionalText(500),
  })
  .strict()

const unitsSchema = z.preprocess(
  integerText,
  z
    .number({ error: requiredOr("invalid_value") })
    .int("invalid_value")
    .min(0, "invalid_value")
    .max(100_000),
)

/** A product a participant brings, and how many units. */
export const participantProductSchema = z.object({ product_id: requiredText(1, 100), units: unitsSchema }).strict()

/** Trade promotion invites a producer, picking its products and a booth number. */
export const participantInputSchema = z
  .object({
    producer_id: requiredText(1, 100),
    booth_number: optionalText(20),
    products: z.array(participantProductSchema).max(50, "too_long").default([]),
  })
  .strict()

/** Trade promotion changes a participant's booth number or products. */
export const participantUpdateSchema = z
  .object({
    booth_number: optionalText(20),
    products: z.array(participantProductSchema).max(50, "too_long"),
  })
  .partial()
  .strict()

/** A producer answers: takes part (with the products and units it brings) or not. */
export const invitationAnswerSchema = z
  .object({
    take_part: z.boolean({ error: requiredOr("invalid_value") }),
    products: z.array(participantProductSchema).max(50, "too_long").optional(),
  })
  .strict()

/**
 * The event's prices, replacing any set before: whole đồng per variant, VAT included like every
 * consumer price. They apply at the booth's counter during the event, and online too with `online`.
 */
export const eventPricesSchema = z
  .object({
    online: z.boolean({ error: requiredOr("invalid_value") }).default(false),
    prices: z
      .array(
        z
          .object({
            variant_id: requiredText(1, 100),
            amount: vndAmountSchema.refine((n) => n > 0, "not_whole_dong"),
          })
          .strict(),
      )
      .max(200, "too_long"),
  })
  .strict()
export type EventPrices = z.output<typeof eventPricesSchema>

/** Units of a variant brought to or lost at the booth: at least one. */
const boothLineSchema = z
  .object({
    variant_id: requiredText(1, 100),
    quantity: z.preprocess(
      integerText,
      z
        .number({ error: requiredOr("invalid_value") })
        .int("invalid_value")
        .min(1, "invalid_value")
        .max(100_000, "invalid_value"),
    ),
  })
  .strict()

/**
 * A producer taking part declares the units of its own products it brings to the booth itself,
 * without a transfer: the booth's stock rises and the report counts them as received.
 */
export const boothStockDeclarationSchema = z
  .object({
    lines: z.array(boothLineSchema).min(1, "required").max(50, "too_long"),
    note: optionalText(500),
  })
  .strict()
export type BoothStockDeclaration = z.output<typeof boothStockDeclarationSchema>

/** The same declaration recorded by staff for a producer taking part. */
export const staffBoothStockDeclarationSchema = boothStockDeclarationSchema
  .extend({ producer_id: requiredText(1, 100) })
  .strict()

/** Why units left the booth other than by a sale or a transfer back. */
export const BOOTH_LOSS_REASONS = ["damaged", "expired", "missing", "tasting"] as const
export type BoothLossReason = (typeof BOOTH_LOSS_REASONS)[number]

export const BOOTH_LOSS_REASON_NAMES: Readonly<Record<BoothLossReason, { vi: string; en: string }>> = {
  damaged: { vi: "Hỏng, vỡ", en: "Damaged" },
  expired: { vi: "Hết hạn", en: "Expired" },
  missing: { vi: "Thất lạc", en: "Missing" },
  tasting: { vi: "Dùng thử, biếu tặng", en: "Tasting, gifts" },
}

/** Staff record units lost at the booth, with a reason: the booth's stock falls by them. */
export const boothLossSchema = z
  .object({
    lines: z.array(boothLineSchema).min(1, "required").max(50, "too_long"),
    reason: z.enum(BOOTH_LOSS_REASONS, { error: requiredOr("invalid_value") }),
    note: optionalText(500),
  })
  .strict()
export type BoothLoss = z.output<typeof boothLossSchema>

/** Where the follow-up of a trade buyer met at the booth stands (kết nối cung – cầu). */
export const LEAD_STATUSES = ["new", "contacted", "negotiating", "won", "lost"] as const
export type LeadStatus = (typeof LEAD_STATUSES)[number]

export const LEAD_STATUS_NAMES: Readonly<Record<LeadStatus, { vi: string; en: string }>> = {
  new: { vi: "Mới gặp", en: "New" },
  contacted: { vi: "Đã liên hệ", en: "Contacted" },
  negotiating: { vi: "Đang đàm phán", en: "Negotiating" },
  won: { vi: "Đã ký kết", en: "Won" },
  lost: { vi: "Không thành", en: "Lost" },
}

const leadFields = {
  company: requiredText(2, 300),
  contact_name: requiredText(2, 200),
  phone: nullable(vietnamesePhoneSchema),
  email: nullable(emailSchema),
  producer_id: requiredText(1, 100),
  product_ids: z.array(requiredText(1, 100)).max(50, "too_long"),
  volume: optionalText(300),
  status: z.enum(LEAD_STATUSES, { error: requiredOr("invalid_value") }),
  note: optionalText(2000),
}

/** A trade buyer met at the booth: who, for which producer and products, how much, and the follow-up. */
export const leadInputSchema = z
  .object({
    ...leadFields,
    product_ids: leadFields.product_ids.default([]),
    status: leadFields.status.default("new"),
  })
  .strict()
export type LeadValues = z.output<typeof leadInputSchema>

/** The follow-up of a lead: its status, note, contact and volume; who it is for stays. */
export const leadUpdateSchema = z.object(leadFields).omit({ producer_id: true, product_ids: true }).partial().strict()
export type LeadUpdate = z.output<typeof leadUpdateSchema>

/**
 * Who may be named an event's responsible staff: those who may change events (trade promotion and
 * administrators), so the person answering for the event can also record its spending and leads.
 */
export function mayRunEvents(role: StaffRole | null | undefined): boolean {
  return staffMay(role, "trade", "write")
}

/** Why the server refuses something about an event: `{type, code, message}`, clients read the code. */
export const EVENT_REFUSALS = {
  event_not_found: ["Không tìm thấy sự kiện này", "No such event"],
  event_closed: ["Sự kiện đã kết thúc nên không thể thay đổi", "This event is closed and cannot change"],
  event_status_move: ["Không thể chuyển sự kiện sang trạng thái này", "The event cannot move to this status"],
  event_days_inverted: [
    "Ngày kết thúc phải cùng hoặc sau ngày bắt đầu",
    "The event must end on or after the day it starts",
  ],
  event_handle_taken: ["Đường dẫn này đã được dùng cho sự kiện khác", "This handle is used by another event"],
  budget_line_not_found: ["Không tìm thấy dòng ngân sách này", "No such budget line"],
  budget_line_spent: [
    "Dòng ngân sách đã có khoản chi nên không thể xoá",
    "This budget line has spending and cannot be removed",
  ],
  participant_not_found: ["Không tìm thấy đơn vị tham gia này", "No such participant"],
  lead_not_found: ["Không tìm thấy khách hàng tiềm năng này", "No such lead"],
  producer_not_participant: ["Chủ thể này không tham gia sự kiện", "This producer does not take part in the event"],
  producer_already_invited: ["Chủ thể này đã được mời", "This producer is already invited"],
  producer_not_found: ["Không tìm thấy chủ thể này", "No such producer"],
  product_not_of_producer: [
    "Sản phẩm không thuộc chủ thể tham gia",
    "A product does not belong to the participating producer",
  ],
  booth_variant_unknown: ["Không tìm thấy mặt hàng này hoặc mặt hàng không quản lý tồn kho", "No such stocked variant"],
  booth_loss_above_stock: ["Số lượng hao hụt lớn hơn số còn tại gian hàng", "The loss is more than the booth holds"],
  responsible_not_staff: [
    "Người phụ trách phải là cán bộ được giao làm sự kiện",
    "The responsible person must be a staff member who runs events",
  ],
} as const satisfies Record<string, readonly [string, string]>

export type EventRefusal = keyof typeof EVENT_REFUSALS

/** The message of a refusal in the caller's language. */
export function eventRefusalMessage(code: EventRefusal, locale: DomainLocale): string {
  return EVENT_REFUSALS[code][locale === "en" ? 1 : 0]
}
