import type { AreaMessages } from "../i18n/areas/area-messages"

/** The printed catalogue's words (issue 16). */
export const messages: AreaMessages = {
  vi: {
    ocop: {
      catalogue_print: {
        title: "Catalogue in",
        intro:
          "Catalogue PDF các sản phẩm đang có giấy chứng nhận OCOP còn hiệu lực hôm nay: trang bìa, mỗi nhóm sản phẩm một phần, mỗi sản phẩm có ảnh, số sao, chủ thể, xuất xứ, số giấy chứng nhận và mã QR dẫn tới trang kiểm tra chứng nhận. Bản mới nhất của mỗi ngôn ngữ được đăng để tải trên website.",
        language: { vi: "Tiếng Việt", en: "Tiếng Anh" },
        none: "Chưa tạo bản nào.",
        latest: "Bản mới nhất: %{date} — %{products} sản phẩm, %{groups} nhóm, %{pages} trang (%{size})",
        generate: "Tạo catalogue mới",
        generating: "Đang tạo catalogue… (có thể mất vài chục giây)",
        generated: "Đã tạo catalogue %{language}: %{products} sản phẩm, %{pages} trang",
        open: "Xem PDF",
        failed: "Không tạo được catalogue: %{message}",
        open_failed: "Không mở được tệp PDF",
        read_only: "Chỉ Trung tâm Khuyến công và Xúc tiến thương mại tạo catalogue; bạn chỉ xem.",
      },
    },
  },
  en: {
    ocop: {
      catalogue_print: {
        title: "Printed catalogue",
        intro:
          "A PDF of the products whose OCOP certificate is in force today: a cover, a section per product group, each product with its picture, stars, producer, origin, certificate number and a QR code to its certificate check. The latest of each language is offered for download on the website.",
        language: { vi: "Vietnamese", en: "English" },
        none: "None generated yet.",
        latest: "Latest: %{date} — %{products} products, %{groups} groups, %{pages} pages (%{size})",
        generate: "Generate a new catalogue",
        generating: "Generating the catalogue… (this can take a few dozen seconds)",
        generated: "Catalogue generated (%{language}): %{products} products, %{pages} pages",
        open: "Open PDF",
        failed: "The catalogue could not be generated: %{message}",
        open_failed: "The PDF could not be opened",
        read_only: "Only trade promotion generates the catalogue; you can view it.",
      },
    },
  },
}
