import type { AreaMessages } from "../../i18n/areas/area-messages"

/**
 * The producer console's events and leads (issue 15). Kinds, statuses and lead follow-up names are
 * the staff events area's (`ocop.events.*`, read from the domain's tables), so both consoles say the same.
 */
export const messages: AreaMessages = {
  vi: {
    ocop: {
      producer_console: {
        events: {
          empty: "Bạn chưa được mời tham gia sự kiện xúc tiến thương mại nào.",
          days: "Thời gian",
          venue: "Địa điểm",
          booth: "Gian hàng số",
          no_booth: "Chưa phân gian hàng",
          invitation: "Lời mời của bạn",
          answered_on: "Đã trả lời ngày %{date}",
          not_answered: "Bạn chưa trả lời lời mời này.",
          your_products: "Sản phẩm bạn mang đến",
          no_products: "Chưa chọn sản phẩm nào.",
          closed: "Sự kiện đã kết thúc: lời mời chỉ để xem, không thay đổi được nữa.",
          stock: {
            title: "Hàng tự mang đến gian hàng",
            help: "Khai báo số hàng bạn tự mang đến gian hàng (không qua phiếu chuyển kho); báo cáo sự kiện ghi nhận số này.",
            variant: "Sản phẩm, quy cách",
            quantity: "Số lượng mang đến",
            invalid: "Nhập số nguyên từ 1 trở lên",
            submit: "Khai báo",
            saved: "Đã khai báo hàng mang đến gian hàng",
          },
          answer: {
            title: "Trả lời lời mời",
            take_part: "Bạn có tham gia sự kiện không?",
            yes: "Tham gia",
            no: "Không tham gia",
            products: "Sản phẩm mang đến và số lượng",
            products_help:
              "Chọn sản phẩm của bạn sẽ bày bán tại gian hàng và số lượng mang đến (tính theo đơn vị bán).",
            units_of: "Số lượng %{product}",
            invalid_units: "Nhập số nguyên không âm, ví dụ: 50",
            none_picked: "Hãy chọn ít nhất một sản phẩm mang đến.",
            no_own_products: "Bạn chưa có sản phẩm nào trên sàn để mang đến sự kiện.",
            submit: "Gửi trả lời",
            sent_yes: "Đã gửi: bạn tham gia sự kiện",
            sent_no: "Đã gửi: bạn không tham gia sự kiện",
          },
        },
        leads: {
          empty: "Chưa có khách hàng tiềm năng nào hỏi về sản phẩm của bạn tại các sự kiện.",
          help: "Doanh nghiệp, nhà phân phối gặp tại gian hàng sự kiện và quan tâm đến sản phẩm của bạn. Trung tâm Xúc tiến thương mại ghi nhận và theo dõi.",
        },
      },
    },
    resources: {
      "producer-events": {
        name: "Sự kiện |||| Sự kiện",
        fields: {
          name: "Tên sự kiện",
          kind: "Loại",
          status: "Trạng thái",
          days: "Thời gian",
          province: "Tỉnh, thành phố",
          address: "Địa điểm",
          organiser: "Đơn vị tổ chức",
          description: "Giới thiệu",
          invitation: "Lời mời",
          booth_number: "Gian hàng số",
        },
      },
      "producer-leads": {
        name: "Khách hàng tiềm năng |||| Khách hàng tiềm năng",
        fields: {
          company: "Doanh nghiệp",
          contact: "Người liên hệ",
          event: "Sự kiện",
          products: "Sản phẩm quan tâm",
          volume: "Nhu cầu",
          status: "Theo dõi",
          note: "Ghi chú",
        },
      },
    },
  },
  en: {
    ocop: {
      producer_console: {
        events: {
          empty: "You have not been invited to any trade-promotion event yet.",
          days: "Dates",
          venue: "Venue",
          booth: "Booth no.",
          no_booth: "No booth assigned yet",
          invitation: "Your invitation",
          answered_on: "Answered on %{date}",
          not_answered: "You have not answered this invitation yet.",
          your_products: "Products you bring",
          no_products: "No products picked yet.",
          closed: "This event is closed: the invitation can be read but no longer changed.",
          stock: {
            title: "Stock you bring to the booth",
            help: "Declare the units you bring to the booth yourself (without a transfer); the event report counts them.",
            variant: "Product and packaging",
            quantity: "Units brought",
            invalid: "Enter a whole number of 1 or more",
            submit: "Declare",
            saved: "Stock brought to the booth declared",
          },
          answer: {
            title: "Answer the invitation",
            take_part: "Will you take part in the event?",
            yes: "Take part",
            no: "Not take part",
            products: "Products you bring and how many",
            products_help: "Pick the products of yours to sell at the booth and how many units you bring.",
            units_of: "Units of %{product}",
            invalid_units: "Enter a whole number of 0 or more, e.g. 50",
            none_picked: "Pick at least one product to bring.",
            no_own_products: "You have no products on the marketplace to bring yet.",
            submit: "Send answer",
            sent_yes: "Sent: you take part in the event",
            sent_no: "Sent: you do not take part in the event",
          },
        },
        leads: {
          empty: "No trade buyer has asked about your products at an event yet.",
          help: "Businesses and distributors met at event booths who are interested in your products, recorded and followed up by trade promotion.",
        },
      },
    },
    resources: {
      "producer-events": {
        name: "Event |||| Events",
        fields: {
          name: "Event",
          kind: "Kind",
          status: "Status",
          days: "Dates",
          province: "Province",
          address: "Venue",
          organiser: "Organiser",
          description: "About",
          invitation: "Invitation",
          booth_number: "Booth no.",
        },
      },
      "producer-leads": {
        name: "Lead |||| Leads",
        fields: {
          company: "Company",
          contact: "Contact",
          event: "Event",
          products: "Products of interest",
          volume: "Volume of interest",
          status: "Follow-up",
          note: "Note",
        },
      },
    },
  },
}
