import type { AreaMessages } from "./area-messages"

/** The producer console (issue #7): a producer's own products, stock, orders and profile. */
export const messages: AreaMessages = {
  vi: {
    ocop: {
      producer_console: {
        login_hint: "Cán bộ và chủ thể OCOP đều đăng nhập tại đây.",
        producer_of: "Bạn đang làm việc cho chủ thể %{name}",
        auth: {
          locked:
            "Tài khoản của bạn đã bị khoá hoặc chủ thể đang tạm ngừng hoạt động. Hãy liên hệ Văn phòng OCOP tỉnh.",
        },
        invite: {
          title: "Tạo mật khẩu",
          help: "Bạn được mời quản lý sản phẩm của chủ thể OCOP trên hệ thống. Hãy chọn mật khẩu để đăng nhập.",
          password: "Mật khẩu mới",
          password_help: "Ít nhất 8 ký tự",
          password_confirm: "Nhập lại mật khẩu",
          mismatch: "Hai mật khẩu không giống nhau",
          submit: "Tạo mật khẩu và đăng nhập",
          done: "Đã tạo mật khẩu. Chào mừng bạn!",
          invalid: "Lời mời không còn hiệu lực. Hãy đề nghị Văn phòng OCOP gửi lại lời mời.",
          missing_token: "Đường dẫn lời mời không đầy đủ. Hãy mở lại đường dẫn trong email mời.",
        },
        dashboard: {
          welcome: "Xin chào %{name}",
          welcome_body: "Tại đây bạn cập nhật sản phẩm, giá, tồn kho và theo dõi đơn hàng của mình.",
          orders_to_prepare: "Đơn cần chuẩn bị",
          open_orders: "Xem đơn hàng",
          sales_this_month: "Doanh thu tháng này",
          sales_orders: "từ %{smart_count} đơn hàng |||| từ %{smart_count} đơn hàng",
          reviews_pending: "Thay đổi chờ duyệt",
          open_products: "Xem sản phẩm",
          certificates_expiring: "Giấy chứng nhận hết hạn trong 90 ngày",
          no_certificates_expiring: "Không có giấy chứng nhận nào sắp hết hạn.",
          certificate_line: "Số %{number}, hết hiệu lực ngày %{date}",
          certificates_help:
            "Hãy đề nghị đánh giá lại trước khi hết hạn, nếu không sản phẩm sẽ mất nhãn OCOP và ngừng bán trên sàn.",
        },
        products: {
          empty:
            "Bạn chưa có sản phẩm nào trên sàn. Hãy thêm sản phẩm đầu tiên; Văn phòng OCOP sẽ duyệt trước khi đăng bán.",
          submit: "Gửi duyệt",
          review_help:
            'Nội dung, hình ảnh và giá được Văn phòng OCOP duyệt trước khi người mua nhìn thấy. Tồn kho cập nhật ở mục "Tồn kho" và có hiệu lực ngay.',
          images_help: "Ảnh JPG, PNG, WebP hoặc GIF, tối đa 5 MB mỗi ảnh và 12 ảnh. Ảnh đầu tiên là ảnh đại diện.",
          price_usd_help: "Giá bán cho khách nước ngoài, ví dụ: 12.50",
          invalid_usd: "Giá đô la không hợp lệ, ví dụ: 12.50",
          reviewer_comment: "Ý kiến: %{comment}",
          pending_notice:
            "Thay đổi gửi ngày %{date} đang chờ duyệt. Biểu mẫu hiện phiên bản bạn đã gửi; người mua vẫn thấy phiên bản đang bán. Gửi lại sẽ thay thế thay đổi đang chờ.",
          rejected_notice: "Thay đổi gần nhất bị từ chối ngày %{date}. Lý do: %{comment}",
          approved_notice: "Thay đổi gần nhất được duyệt ngày %{date}. Ý kiến: %{comment}",
          sent_for_review: "Đã gửi duyệt. Phiên bản đang bán giữ nguyên cho đến khi Văn phòng OCOP duyệt.",
          created_for_review:
            "Đã gửi sản phẩm mới để duyệt. Sản phẩm được đăng bán sau khi Văn phòng OCOP duyệt và có giấy chứng nhận còn hiệu lực.",
          certificate: {
            valid: "Có chứng nhận",
            in_force: "Có chứng nhận",
            none: "Chưa có chứng nhận",
            expired: "Chứng nhận hết hạn",
            revoked: "Chứng nhận bị thu hồi",
          },
        },
        stock: {
          help: "Số lượng hàng tại kho của bạn. Thay đổi có hiệu lực ngay, không cần duyệt.",
          quantity_of: "Tồn kho: %{variant}",
          save: "Lưu tồn kho",
          save_of: "Lưu tồn kho %{variant}",
          saved: "Đã cập nhật tồn kho %{variant}",
          invalid: "Nhập số nguyên không âm, ví dụ: 120",
          empty: "Chưa có sản phẩm nào để ghi tồn kho.",
        },
        orders: {
          empty: "Chưa có đơn hàng nào có sản phẩm của bạn.",
          to_prepare: "Cần chuẩn bị",
          lines: "Sản phẩm của bạn trong đơn",
          lines_note: "Chỉ hiện các sản phẩm của bạn trong đơn này.",
          delivery: { ship: "Giao đến người mua", pickup: "Nhận tại điểm bán" },
        },
        profile: {
          office_fields: "Thông tin đăng ký",
          office_help:
            "Tên, loại hình, số đăng ký và địa bàn do Văn phòng OCOP quản lý. Muốn thay đổi, hãy đề nghị Văn phòng OCOP.",
          saved: "Đã lưu hồ sơ chủ thể",
        },
      },
    },
    resources: {
      "producer-products": {
        name: "Sản phẩm của tôi |||| Sản phẩm của tôi",
        fields: {
          title: "Tên sản phẩm",
          title_en: "Tên tiếng Anh",
          description: "Mô tả",
          description_en: "Mô tả tiếng Anh",
          product_group: "Nhóm sản phẩm",
          origin_district: "Huyện, thị xã, thành phố",
          status: "Trạng thái",
          images: "Hình ảnh",
          variants: "Quy cách và giá",
          variant_title: "Quy cách",
          sku: "Mã SKU",
          price_vnd: "Giá (VND)",
          price_usd: "Giá (USD)",
          min_price_vnd: "Giá từ",
          certificate_status: "Chứng nhận",
          review: "Duyệt",
          q: "Tìm kiếm",
        },
      },
      "producer-stock": {
        name: "Tồn kho |||| Tồn kho",
        fields: { title: "Sản phẩm", variants: "Tồn kho theo quy cách", q: "Tìm kiếm" },
      },
      "producer-orders": {
        name: "Đơn hàng |||| Đơn hàng",
        fields: {
          display_id: "Số đơn",
          created_at: "Ngày đặt",
          customer_name: "Người mua",
          delivery: "Giao hàng / nơi nhận",
          status: "Trạng thái",
          payment_status: "Thanh toán",
          fulfillment_status: "Giao hàng",
          total: "Thành tiền",
        },
      },
      "producer-profile": {
        name: "Hồ sơ chủ thể |||| Hồ sơ chủ thể",
        fields: {
          name: "Tên chủ thể",
          kind: "Loại hình",
          registration_number: "Số đăng ký kinh doanh",
          district: "Địa bàn",
          representative: "Người đại diện",
          phone: "Điện thoại",
          email: "Email",
          address: "Địa chỉ",
          story_vi: "Câu chuyện (tiếng Việt)",
          story_en: "Câu chuyện (tiếng Anh)",
          logo: "Logo",
          photos: "Ảnh",
        },
      },
    },
  },
  en: {
    ocop: {
      producer_console: {
        login_hint: "OCOP staff and producers both sign in here.",
        producer_of: "You are working for the producer %{name}",
        auth: {
          locked:
            "Your account has been locked or your producer is suspended. Please contact the provincial OCOP office.",
        },
        invite: {
          title: "Choose a password",
          help: "You have been invited to manage an OCOP producer's products. Choose a password to sign in.",
          password: "New password",
          password_help: "At least 8 characters",
          password_confirm: "Repeat the password",
          mismatch: "The two passwords differ",
          submit: "Set password and sign in",
          done: "Your password is set. Welcome!",
          invalid: "This invite is no longer valid. Ask the OCOP office to send it again.",
          missing_token: "The invite link is incomplete. Please open the link in the invite email again.",
        },
        dashboard: {
          welcome: "Hello %{name}",
          welcome_body: "Here you keep your products, prices and stock up to date and follow your orders.",
          orders_to_prepare: "Orders to prepare",
          open_orders: "See orders",
          sales_this_month: "Sales this month",
          sales_orders: "from %{smart_count} order |||| from %{smart_count} orders",
          reviews_pending: "Changes waiting for review",
          open_products: "See products",
          certificates_expiring: "Certificates expiring within 90 days",
          no_certificates_expiring: "No certificate expires soon.",
          certificate_line: "No. %{number}, valid until %{date}",
          certificates_help:
            "Ask for re-evaluation before they expire, or the products lose the OCOP badge and leave the shop.",
        },
        products: {
          empty:
            "You have no product in the shop yet. Add your first one; the OCOP office reviews it before it goes on sale.",
          submit: "Send for review",
          review_help:
            'Texts, pictures and prices are reviewed by the OCOP office before buyers see them. Stock is kept under "Stock" and applies at once.',
          images_help:
            "JPG, PNG, WebP or GIF pictures, up to 5 MB each and 12 in all. The first one is the main picture.",
          price_usd_help: "Price for buyers abroad, e.g. 12.50",
          invalid_usd: "Not a dollar amount, e.g. 12.50",
          reviewer_comment: "Comment: %{comment}",
          pending_notice:
            "Your change sent on %{date} is waiting for review. The form shows what you sent; buyers still see the live version. Sending again replaces the waiting change.",
          rejected_notice: "Your last change was rejected on %{date}. Reason: %{comment}",
          approved_notice: "Your last change was approved on %{date}. Comment: %{comment}",
          sent_for_review: "Sent for review. The live version stays until the OCOP office approves.",
          created_for_review:
            "Your new product was sent for review. It goes on sale once the OCOP office approves it and it has a valid certificate.",
          certificate: {
            valid: "Certified",
            in_force: "Certified",
            none: "No certificate",
            expired: "Certificate expired",
            revoked: "Certificate revoked",
          },
        },
        stock: {
          help: "Quantities in your own storehouse. Changes apply at once, without review.",
          quantity_of: "Stock: %{variant}",
          save: "Save stock",
          save_of: "Save stock of %{variant}",
          saved: "Stock of %{variant} updated",
          invalid: "Enter a whole number, 0 or more, e.g. 120",
          empty: "No product to keep stock for yet.",
        },
        orders: {
          empty: "No order holds your products yet.",
          to_prepare: "To prepare",
          lines: "Your products in this order",
          lines_note: "Only your products in this order are shown.",
          delivery: { ship: "Delivered to the buyer", pickup: "Picked up at a point of sale" },
        },
        profile: {
          office_fields: "Registration",
          office_help:
            "Name, kind, registration number and place are kept by the OCOP office. To change them, ask the OCOP office.",
          saved: "Producer profile saved",
        },
      },
    },
    resources: {
      "producer-products": {
        name: "My product |||| My products",
        fields: {
          title: "Product name",
          title_en: "English name",
          description: "Description",
          description_en: "English description",
          product_group: "Product group",
          origin_district: "District",
          status: "Status",
          images: "Pictures",
          variants: "Packagings and prices",
          variant_title: "Packaging",
          sku: "SKU",
          price_vnd: "Price (VND)",
          price_usd: "Price (USD)",
          min_price_vnd: "From",
          certificate_status: "Certificate",
          review: "Review",
          q: "Search",
        },
      },
      "producer-stock": {
        name: "Stock |||| Stock",
        fields: { title: "Product", variants: "Stock per packaging", q: "Search" },
      },
      "producer-orders": {
        name: "Order |||| Orders",
        fields: {
          display_id: "Order no.",
          created_at: "Ordered on",
          customer_name: "Buyer",
          delivery: "Delivery / pickup",
          status: "Status",
          payment_status: "Payment",
          fulfillment_status: "Fulfilment",
          total: "Amount",
        },
      },
      "producer-profile": {
        name: "Producer profile |||| Producer profile",
        fields: {
          name: "Producer name",
          kind: "Kind",
          registration_number: "Registration number",
          district: "Place",
          representative: "Representative",
          phone: "Phone",
          email: "Email",
          address: "Address",
          story_vi: "Story (Vietnamese)",
          story_en: "Story (English)",
          logo: "Logo",
          photos: "Photos",
        },
      },
    },
  },
}
