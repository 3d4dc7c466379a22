import {
  BUDGET_LINE_KINDS,
  BUDGET_LINE_NAMES,
  EVENT_KIND_NAMES,
  EVENT_KINDS,
  EVENT_REFUSALS,
  EVENT_STATUS_NAMES,
  EVENT_STATUSES,
  PARTICIPANT_STATUS_NAMES,
  PARTICIPANT_STATUSES,
} from "@ocop/domain"
import type { AreaMessages } from "../i18n/areas/area-messages"

const names = <K extends string>(keys: readonly K[], table: Record<K, { vi: string; en: string }>, l: "vi" | "en") =>
  Object.fromEntries(keys.map((k) => [k, table[k][l]]))

const refusals = (l: "vi" | "en") =>
  Object.fromEntries(Object.entries(EVENT_REFUSALS).map(([code, [vi, en]]) => [code, l === "vi" ? vi : en]))

/** The events area's words (issue 15); kinds, statuses and refusals come from the domain's tables. */
export const messages: AreaMessages = {
  vi: {
    ocop: {
      events: {
        kind: names(EVENT_KINDS, EVENT_KIND_NAMES, "vi"),
        status: names(EVENT_STATUSES, EVENT_STATUS_NAMES, "vi"),
        line: names(BUDGET_LINE_KINDS, BUDGET_LINE_NAMES, "vi"),
        participant: names(PARTICIPANT_STATUSES, PARTICIPANT_STATUS_NAMES, "vi"),
        refusal: refusals("vi"),
        move: { open: "Khai mạc sự kiện", closed: "Kết thúc sự kiện" },
        read_only: "Sự kiện đã kết thúc: chỉ xem, không thay đổi được.",
        budget: "Ngân sách và chi tiêu",
        spent: "Đã chi",
        record_spending: "Ghi khoản chi",
        participants: "Chủ thể tham gia",
        no_participants: "Chưa mời chủ thể nào.",
        invite: "Mời chủ thể",
        products: "Sản phẩm mang đến",
        units: "Số lượng",
        booth: "Gian hàng",
        done: "Đã lưu",
      },
    },
    resources: {
      "trade-events": {
        name: "Sự kiện |||| Sự kiện",
        fields: {
          name: "Tên sự kiện",
          name_en: "Tên tiếng Anh",
          handle: "Đường dẫn",
          kind: "Loại",
          status: "Trạng thái",
          province: "Tỉnh, thành phố",
          address: "Địa điểm",
          starts_on: "Từ ngày",
          ends_on: "Đến ngày",
          organiser: "Đơn vị tổ chức",
          revenue_target: "Chỉ tiêu doanh thu",
          description: "Giới thiệu",
          budget_total: "Ngân sách",
          spent_total: "Đã chi",
          participant_count: "Số chủ thể",
          budget_lines: "Dòng ngân sách",
          amount: "Số tiền",
          label: "Diễn giải",
          spent_on: "Ngày chi",
          note: "Ghi chú",
          producer_id: "Chủ thể",
          booth_number: "Số gian hàng",
        },
      },
    },
  },
  en: {
    ocop: {
      events: {
        kind: names(EVENT_KINDS, EVENT_KIND_NAMES, "en"),
        status: names(EVENT_STATUSES, EVENT_STATUS_NAMES, "en"),
        line: names(BUDGET_LINE_KINDS, BUDGET_LINE_NAMES, "en"),
        participant: names(PARTICIPANT_STATUSES, PARTICIPANT_STATUS_NAMES, "en"),
        refusal: refusals("en"),
        move: { open: "Open the event", closed: "Close the event" },
        read_only: "This event is closed: read only.",
        budget: "Budget and spending",
        spent: "Spent",
        record_spending: "Record spending",
        participants: "Producers taking part",
        no_participants: "No producer invited yet.",
        invite: "Invite a producer",
        products: "Products brought",
        units: "Units",
        booth: "Booth",
        done: "Saved",
      },
    },
    resources: {
      "trade-events": {
        name: "Event |||| Events",
        fields: {
          name: "Name",
          name_en: "English name",
          handle: "Handle",
          kind: "Kind",
          status: "Status",
          province: "Province",
          address: "Venue",
          starts_on: "From",
          ends_on: "To",
          organiser: "Organiser",
          revenue_target: "Revenue target",
          description: "Description",
          budget_total: "Budget",
          spent_total: "Spent",
          participant_count: "Producers",
          budget_lines: "Budget lines",
          amount: "Amount",
          label: "Label",
          spent_on: "Spent on",
          note: "Note",
          producer_id: "Producer",
          booth_number: "Booth number",
        },
      },
    },
  },
}
