/**
 * Why the server refuses something at a place of sale. Routes answer `{type, code, message}`; the
 * console translates the code itself, so no client ever reads a message to know what went wrong.
 */
import type { DomainLocale } from "./messages"

export const POS_REFUSALS = {
  place_not_found: ["Không tìm thấy điểm bán này", "No such place of sale"],
  not_your_place: ["Bạn không làm việc tại điểm bán này", "You do not work at this place of sale"],
  place_not_selling: ["Điểm bán đang tạm dừng hoặc đã đóng cửa", "This place of sale is paused or closed"],
  session_not_found: ["Không tìm thấy ca quầy thu ngân này", "No such register session"],
  session_closed: ["Ca quầy thu ngân này đã đóng", "This register session is closed"],
  session_already_open: ["Quầy này đang có một ca mở", "This register already has an open session"],
  register_not_found: ["Không tìm thấy quầy thu ngân này", "No such cash register"],
  variant_not_sold_here: [
    "Sản phẩm không có giá bán hoặc không có tại điểm bán này",
    "This product has no price or is not stocked at this place",
  ],
  out_of_stock: ["Không đủ hàng tại điểm bán này", "Not enough stock at this place of sale"],
  discount_too_large: ["Mức giảm giá lớn hơn giá trị hàng", "The discount exceeds what it discounts"],
  discount_needs_approval: [
    "Mức giảm giá vượt hạn mức của nhân viên: cần quản lý duyệt",
    "This discount is above the clerk's limit: a manager must approve it",
  ],
  void_needs_approval: ["Huỷ hoá đơn cần quản lý duyệt", "Voiding a sale needs a manager's approval"],
  approval_invalid: [
    "Thông tin đăng nhập của quản lý không đúng hoặc người này không được duyệt",
    "The manager's login is wrong or this person may not approve",
  ],
  payments_do_not_match_total: [
    "Tổng các khoản thanh toán phải bằng số tiền phải trả",
    "Payments must add up to the total",
  ],
  cash_tendered_too_low: ["Tiền khách đưa ít hơn số tiền mặt phải trả", "Cash handed over is less than the cash due"],
  card_reference_required: ["Vui lòng nhập mã giao dịch của máy quẹt thẻ", "Enter the card terminal's reference"],
  one_payment_per_method: ["Mỗi hình thức thanh toán chỉ ghi một lần", "Each payment method may appear once"],
  offline_cash_only: ["Khi mất kết nối chỉ bán bằng tiền mặt", "Only cash sales can be made offline"],
  sale_not_found: ["Không tìm thấy hoá đơn này", "No such sale"],
  sale_voided: ["Hoá đơn đã bị huỷ", "This sale has been voided"],
  over_return: ["Số lượng trả lại vượt quá số đã bán", "More units returned than were sold"],
  nothing_to_return: ["Hoá đơn không còn hàng để trả lại", "Nothing is left to return on this sale"],
  cash_short_for_refund: ["Không đủ tiền mặt trong quầy để hoàn lại", "Not enough cash in the drawer for this refund"],
  difference_needs_note: [
    "Chênh lệch tiền mặt vượt ngưỡng: vui lòng ghi chú lý do",
    "The cash difference is above the threshold: add a note",
  ],
  transfer_not_found: ["Không tìm thấy phiếu chuyển kho này", "No such transfer"],
  transfer_not_draft: ["Phiếu chuyển kho đã gửi, không sửa được", "This transfer has been sent and cannot change"],
  transfer_not_sent: ["Phiếu chuyển kho chưa gửi hoặc đã nhận", "This transfer is not on its way"],
  transfer_lines_mismatch: ["Phải đếm đủ mọi dòng của phiếu chuyển", "Every line of the transfer must be counted"],
  over_received: ["Số nhận nhiều hơn số đã gửi", "More units received than were sent"],
  loss_reason_required: ["Thiếu hàng: vui lòng chọn lý do (hỏng, mất…)", "Units are short: give a reason"],
  location_unknown: ["Kho hoặc điểm bán không tồn tại", "No such stock location"],
  not_stocked_at_source: ["Kho xuất không có mặt hàng này", "The source does not stock this item"],
  pickup_not_here: ["Đơn này không nhận tại điểm bán này", "This order is not collected at this place"],
  pickup_code_wrong: ["Mã nhận hàng không đúng", "Wrong pickup code"],
  pickup_not_ready: ["Đơn chưa sẵn sàng để giao hoặc đã giao", "This order is not waiting to be collected"],
  pickup_not_due: ["Đơn chưa quá hạn nhận hàng", "This order is not past its pickup deadline"],
  flag_not_found: ["Hoá đơn này không có cảnh báo cần xử lý", "This sale has no warning to resolve"],
} as const satisfies Record<string, readonly [string, string]>

export type PosRefusal = keyof typeof POS_REFUSALS

/** The message for a refusal code in the caller's language. */
export function posRefusalMessage(code: PosRefusal, locale: DomainLocale = "vi"): string {
  return POS_REFUSALS[code][locale === "en" ? 1 : 0]
}
