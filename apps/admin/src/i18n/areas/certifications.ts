import type { AreaMessages } from "./area-messages"

/** OCOP certificates: list, form, revocation. */
export const messages: AreaMessages = {
  vi: {
    ocop: {
      certifications: {
        status: {
          valid: "Còn hiệu lực",
          expired: "Hết hiệu lực",
          revoked: "Đã thu hồi",
        },
        issuing_level: {
          provincial: "Cấp tỉnh",
          national: "Cấp Trung ương",
        },
        stars: "%{count} sao",
        expiring_filter: "Hết hạn trong 90 ngày",
        valid_until_help: "Để trống: tự tính 36 tháng kể từ ngày có hiệu lực.",
        score_help: "3 sao: 50–69 điểm; 4 sao: 70–89; 5 sao: 90–100 (Hội đồng cấp Trung ương).",
        revoke: {
          button: "Thu hồi",
          title: "Thu hồi giấy chứng nhận %{number}",
          content:
            "Sau khi thu hồi, sản phẩm không còn là sản phẩm OCOP và nhãn sao sẽ bị gỡ khỏi mọi kênh bán. Thao tác này không hoàn tác được.",
          reason: "Lý do thu hồi",
          reason_help: "Ví dụ: kết quả kiểm tra sau công nhận không đạt.",
          done: "Đã thu hồi giấy chứng nhận",
        },
        inspections: {
          title: "Kiểm tra sau công nhận",
          empty: "Chưa có lần kiểm tra nào.",
          add: "Ghi nhận kiểm tra",
          added: "Đã ghi nhận kết quả kiểm tra",
          result: {
            passed: "Đạt",
            failed: "Không đạt",
          },
          fields: {
            inspected_at: "Ngày kiểm tra",
            inspector: "Đơn vị / cán bộ kiểm tra",
            result: "Kết quả",
            notes: "Ghi chú",
          },
        },
      },
    },
    resources: {
      certifications: {
        name: "Giấy chứng nhận OCOP |||| Giấy chứng nhận OCOP",
        fields: {
          id: "Mã",
          product_id: "Sản phẩm",
          product: "Sản phẩm",
          producer: "Chủ thể",
          star_level: "Hạng sao",
          score: "Điểm đánh giá",
          certificate_number: "Số giấy chứng nhận",
          decision_number: "Số quyết định",
          decision_date: "Ngày quyết định",
          issuing_level: "Cấp công nhận",
          valid_from: "Có hiệu lực từ",
          valid_until: "Hiệu lực đến",
          status: "Trạng thái",
          revocation_reason: "Lý do thu hồi",
          revoked_at: "Ngày thu hồi",
          expiring_within_days: "Sắp hết hạn",
          q: "Tìm kiếm",
        },
      },
    },
  },
  en: {
    ocop: {
      certifications: {
        status: {
          valid: "Valid",
          expired: "Expired",
          revoked: "Revoked",
        },
        issuing_level: {
          provincial: "Provincial",
          national: "National",
        },
        stars: "%{count} stars",
        expiring_filter: "Expiring within 90 days",
        valid_until_help: "Leave empty to use 36 months from the start date.",
        score_help: "3 stars: 50–69 points; 4 stars: 70–89; 5 stars: 90–100 (national council).",
        revoke: {
          button: "Revoke",
          title: "Revoke certificate %{number}",
          content:
            "Once revoked, the product is no longer an OCOP product and its star badge disappears from every shop. This cannot be undone.",
          reason: "Reason for revocation",
          reason_help: "For example: the post-certification inspection failed.",
          done: "Certificate revoked",
        },
        inspections: {
          title: "Post-certification inspections",
          empty: "No inspections yet.",
          add: "Record inspection",
          added: "Inspection recorded",
          result: {
            passed: "Passed",
            failed: "Failed",
          },
          fields: {
            inspected_at: "Inspection date",
            inspector: "Inspector",
            result: "Result",
            notes: "Notes",
          },
        },
      },
    },
    resources: {
      certifications: {
        name: "OCOP certificate |||| OCOP certificates",
        fields: {
          id: "ID",
          product_id: "Product",
          product: "Product",
          producer: "Producer",
          star_level: "Stars",
          score: "Score",
          certificate_number: "Certificate no.",
          decision_number: "Decision no.",
          decision_date: "Decision date",
          issuing_level: "Issuing level",
          valid_from: "Valid from",
          valid_until: "Valid until",
          status: "Status",
          revocation_reason: "Revocation reason",
          revoked_at: "Revoked on",
          expiring_within_days: "Expiring soon",
          q: "Search",
        },
      },
    },
  },
}
