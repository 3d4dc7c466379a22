import type { AreaMessages } from "./area-messages"

/** The console's shell: title, sign-in, errors, roles, the dashboard's welcome, access refused, empty lists. */
export const messages: AreaMessages = {
  vi: {
    ocop: {
      title: "OCOP Lào Cai",
      login: {
        subtitle: "Hệ thống quản lý sản phẩm OCOP tỉnh Lào Cai",
      },
      auth: {
        invalid_credentials: "Email hoặc mật khẩu không đúng",
        unreachable: "Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại",
        session_expired: "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại",
        forbidden: "Tài khoản của bạn không có quyền thực hiện thao tác này",
      },
      common: {
        no_options: "Không có lựa chọn phù hợp",
        choose_file: "Chọn tệp",
        no_file: "Chưa chọn tệp nào",
        invite_link: "Liên kết mời",
        invite_link_help:
          "Nếu người được mời không nhận được email, hãy gửi cho họ liên kết dưới đây (qua điện thoại, Zalo…). Liên kết chỉ dùng được một lần.",
        copy: "Sao chép liên kết",
        copied: "Đã sao chép",
      },
      error: {
        network: "Không kết nối được máy chủ",
      },
      role: {
        admin: "Quản trị hệ thống",
        ocop_office: "Chi cục Phát triển nông thôn",
        trade_promotion: "Trung tâm Khuyến công và XTTM",
      },
      dashboard: {
        welcome_title: "Chào mừng đến hệ thống quản lý OCOP Lào Cai",
        welcome_body:
          "Cơ sở dữ liệu Chương trình OCOP của tỉnh: chủ thể, sản phẩm và giấy chứng nhận (Kế hoạch 48/KH-UBND). Sản phẩm chỉ được gắn nhãn OCOP khi giấy chứng nhận còn hiệu lực.",
        producers: "Chủ thể OCOP",
        certifications_valid: "Giấy chứng nhận còn hiệu lực",
        unavailable: "Chưa có dữ liệu",
        open_list: "Xem danh sách",
      },
      access_denied: {
        title: "Không có quyền truy cập",
        body: "Vai trò của bạn không được dùng chức năng này. Nếu cần, hãy liên hệ quản trị hệ thống.",
      },
      empty: {
        producers:
          "Chưa có chủ thể OCOP nào trong cơ sở dữ liệu. Hãy thêm hợp tác xã, doanh nghiệp hoặc hộ sản xuất đầu tiên.",
        certifications:
          "Chưa có giấy chứng nhận OCOP nào. Hãy nhập giấy chứng nhận theo quyết định công nhận của UBND tỉnh.",
        products: "Chưa có sản phẩm OCOP nào. Hãy thêm sản phẩm và gắn với chủ thể của nó.",
        orders: "Chưa có đơn hàng nào. Đơn đặt trên sàn sẽ xuất hiện ở đây.",
        read_only: "Bạn chỉ có quyền xem danh sách này.",
      },
    },
  },
  en: {
    ocop: {
      title: "OCOP Lào Cai",
      login: {
        subtitle: "OCOP product management for Lào Cai province",
      },
      auth: {
        invalid_credentials: "Wrong email or password",
        unreachable: "Cannot reach the server. Check your connection and try again",
        session_expired: "Your session has expired, please sign in again",
        forbidden: "Your account is not allowed to do this",
      },
      common: {
        no_options: "No matching options",
        choose_file: "Choose a file",
        no_file: "No file chosen",
        invite_link: "Invite link",
        invite_link_help:
          "If the invitee does not get the email, send them this link (by phone, chat…). It works once.",
        copy: "Copy link",
        copied: "Copied",
      },
      error: {
        network: "Cannot reach the server",
      },
      role: {
        admin: "System administrator",
        ocop_office: "Rural Development Sub-department (OCOP office)",
        trade_promotion: "Industry and Trade Promotion Centre",
      },
      dashboard: {
        welcome_title: "Welcome to the OCOP Lào Cai console",
        welcome_body:
          "The province's OCOP database: producers, products and certificates (Plan 48/KH-UBND). A product may carry the OCOP badge only while its certificate is valid.",
        producers: "OCOP producers",
        certifications_valid: "Valid certificates",
        unavailable: "No data yet",
        open_list: "Open list",
      },
      access_denied: {
        title: "Access denied",
        body: "Your role may not use this part of the console. Ask an administrator if you need it.",
      },
      empty: {
        producers: "No OCOP producers in the register yet. Add the first cooperative, company or household.",
        certifications: "No OCOP certificates yet. Enter them from the provincial People's Committee's decisions.",
        products: "No OCOP products yet. Add a product and attach it to its producer.",
        orders: "No orders yet. Orders placed on the marketplace appear here.",
        read_only: "You can only view this list.",
      },
    },
  },
}
