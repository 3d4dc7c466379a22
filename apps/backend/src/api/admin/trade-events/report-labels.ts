import { BUDGET_LINE_NAMES, eventDaysText, type BudgetLineKind } from "@ocop/domain"
import type { StockLine } from "../../../workflows/event/report"
import type { EventReport } from "./report"

/** The Vietnamese words of the event report's files (XLSX and PDF say the same things). */
export const REPORT_LABELS = {
  title: "Báo cáo sự kiện xúc tiến thương mại",
  summary: "Tổng hợp",
  item: "Mục",
  value: "Giá trị",
  event: "Sự kiện",
  kind: "Loại sự kiện",
  venue: "Địa điểm",
  days: "Thời gian",
  organiser: "Đơn vị tổ chức",
  status: "Trạng thái",
  revenue: "Doanh thu (đã gồm VAT)",
  target: "Chỉ tiêu doanh thu",
  share: "Tỷ lệ đạt chỉ tiêu",
  orders: "Số hoá đơn",
  budgetTotal: "Tổng dự toán",
  spentTotal: "Tổng đã chi",
  leadsTotal: "Số khách hàng tiềm năng",
  sampleData: "Dữ liệu mẫu",
  sampleDataNote: "Sự kiện và số liệu mẫu để trình diễn, không phải số liệu thật",
  byProducer: "Doanh thu theo chủ thể",
  byProduct: "Doanh thu theo sản phẩm",
  producer: "Chủ thể",
  noProducer: "(chưa rõ chủ thể)",
  product: "Sản phẩm",
  units: "Số lượng",
  revenueDong: "Doanh thu (đồng)",
  total: "Tổng cộng",
  budget: "Chi phí theo dự toán",
  budgetLine: "Hạng mục",
  budgetDong: "Dự toán (đồng)",
  spentDong: "Đã chi (đồng)",
  leftDong: "Còn lại (đồng)",
  leads: "Kết nối cung – cầu",
  leadCount: "Số khách hàng tiềm năng",
  stock: "Đối chiếu hàng tại gian hàng",
  stockRule:
    "Đã bán theo kho = Nhận qua phiếu chuyển + Chủ thể tự mang − Chuyển về − Hao hụt tại gian hàng − Còn lại; Chênh lệch = Đã bán theo kho − Đã bán theo hoá đơn (không bù trừ).",
  generatedAt: "Lập lúc",
} as const

/** The stock reconciliation's figures in the order the files show them, with their headers. */
export const STOCK_COLUMNS: readonly (readonly [Exclude<keyof StockLine, "variant_id" | "title">, string])[] = [
  ["received", "Nhận qua phiếu chuyển"],
  ["lost_in_transit", "Hao hụt khi chuyển"],
  ["declared", "Chủ thể tự mang"],
  ["sent_back", "Chuyển về"],
  ["lost_at_booth", "Hao hụt tại gian hàng"],
  ["on_hand", "Còn lại"],
  ["sold_recorded", "Đã bán (hoá đơn)"],
  ["sold_by_stock", "Đã bán (theo kho)"],
  ["difference", "Chênh lệch"],
]

/** A budget line's name: its own label when it has one (an `other` line), else its kind's. */
export function budgetLineName(line: EventReport["budget"]["budget_lines"][number]): string {
  return line.label || BUDGET_LINE_NAMES[line.kind as BudgetLineKind]?.vi || line.kind
}

/** "12/03/2026 – 18/03/2026", as every screen writes an event's days. */
export const reportDays = (event: EventReport["event"]) => eventDaysText(event)

const PERCENT = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 })

/** "87,5 %", or a dash when the event has no target. */
export const shareText = (share: number | null) => (share == null ? "—" : `${PERCENT.format(share * 100)} %`)

/** The file's name: `bao-cao-<handle>.<ext>`. */
export const reportFileName = (report: EventReport, ext: "xlsx" | "pdf") => `bao-cao-${report.event.handle}.${ext}`
