import type { AreaMessages } from "../i18n/areas/area-messages"

/** The programme panel's words (issue 16); the measures' names come from @ocop/domain. */
export const messages: AreaMessages = {
  vi: {
    ocop: {
      programme: {
        title: "Chương trình OCOP: kế hoạch và thực hiện",
        menu: "Chương trình OCOP",
        year: "Năm",
        measure: "Chỉ tiêu",
        target: "Kế hoạch",
        actual: "Thực hiện",
        gap: "Còn thiếu",
        not_recorded: "Chưa ghi nhận",
        no_targets: "Chưa đặt kế hoạch cho năm %{year}.",
        support_note:
          "Kinh phí hỗ trợ đã chi chưa được ghi nhận trong hệ thống (chưa có bảng kê chi trả cho chủ thể), nên không có số thực hiện.",
        counts_note:
          "Thực hiện đếm theo sổ đăng ký: sản phẩm có quyết định công nhận trong năm (mỗi sản phẩm một lần, theo hạng cao nhất; công nhận lại cùng hạng không tính), tổ chức kinh tế (không gồm hộ sản xuất) có sản phẩm được công nhận lần đầu trong năm.",
        edit: "Sửa kế hoạch",
        save: "Lưu kế hoạch",
        cancel: "Huỷ",
        saved: "Đã lưu kế hoạch năm %{year}",
        export_xlsx: "Xuất Excel (XLSX)",
        error: "Không tải được số liệu: %{message}",
        retry: "Thử lại",
        loading: "Đang tải…",
      },
    },
  },
  en: {
    ocop: {
      programme: {
        title: "OCOP programme: plan and results",
        menu: "OCOP programme",
        year: "Year",
        measure: "Measure",
        target: "Target",
        actual: "Done",
        gap: "Still to do",
        not_recorded: "Not recorded yet",
        no_targets: "No targets set for %{year}.",
        support_note: "Support paid is not recorded in the system yet (no producer payouts), so there is no figure.",
        counts_note:
          "Results count the register: products certified by a decision that year (each once, at its highest level; a renewal at the same level does not count), economic organisations (not households) first certified that year.",
        edit: "Edit targets",
        save: "Save targets",
        cancel: "Cancel",
        saved: "Targets for %{year} saved",
        export_xlsx: "Export Excel (XLSX)",
        error: "The figures could not be loaded: %{message}",
        retry: "Retry",
        loading: "Loading…",
      },
    },
  },
}
