import { ORDER_NOT_FOUND, ORDER_REFUSAL_MESSAGES, type DomainLocale } from "@ocop/domain"
import type { AreaMessages } from "./area-messages"

/** The order refusals in one language, as the backend words them (ocop.orders.errors.<code>). */
const refusalTexts = (locale: DomainLocale) =>
  Object.fromEntries(Object.entries(ORDER_REFUSAL_MESSAGES).map(([code, text]) => [code, text[locale]]))

/**
 * The order screens' filters, fields and refusals. The actions' own texts are still in the main
 * catalogues (ocop.orders.actions.*), where the first order screens put them.
 */
export const messages: AreaMessages = {
  vi: {
    ocop: {
      orders: {
        payment_filter: {
          awaiting: "Chờ thanh toán",
          captured: "Đã thanh toán",
          refunded: "Đã hoàn tiền",
          canceled: "Đã huỷ",
        },
        payment_method: { cod: "Tiền mặt khi nhận hàng", vietqr: "Chuyển khoản VietQR" },
        delivery: { ship: "Giao tận nơi", pickup: "Nhận tại điểm bán" },
        pickup_points: {
          "sa-pa": "Điểm bán OCOP Sa Pa",
          "bac-ha": "Điểm bán OCOP Bắc Hà",
          "lao-cai-city": "Điểm bán OCOP TP Lào Cai",
        },
        actions: {
          cancel_paid_help:
            "Đơn này đã được thanh toán: khi huỷ, hệ thống ghi nhận hoàn tiền và cửa hàng cần chuyển trả tiền cho người mua. Hàng giữ trong kho được trả lại. Thao tác này không hoàn tác được.",
        },
        // the refusals' words are the backend's (@ocop/domain), so console and server say the same
        errors: { order_not_found: ORDER_NOT_FOUND.vi, ...refusalTexts("vi") },
      },
    },
    resources: {
      orders: {
        fields: {
          customer_name: "Người mua",
          phone: "Số điện thoại",
          payment_method: "Cách thanh toán",
          delivery: "Cách nhận hàng",
          pickup_point: "Điểm nhận hàng",
          cancel_reason: "Lý do huỷ",
          currency_code: "Tiền tệ",
        },
      },
    },
  },
  en: {
    ocop: {
      orders: {
        payment_filter: { awaiting: "Awaiting payment", captured: "Paid", refunded: "Refunded", canceled: "Cancelled" },
        payment_method: { cod: "Cash on delivery or pickup", vietqr: "VietQR bank transfer" },
        delivery: { ship: "Home delivery", pickup: "Pickup at a point of sale" },
        pickup_points: {
          "sa-pa": "OCOP point of sale, Sa Pa",
          "bac-ha": "OCOP point of sale, Bắc Hà",
          "lao-cai-city": "OCOP point of sale, Lào Cai city",
        },
        actions: {
          cancel_paid_help:
            "This order is paid: cancelling records a refund, and the shop must send the money back to the buyer. Reserved stock is released. This cannot be undone.",
        },
        // the refusals' words are the backend's (@ocop/domain), so console and server say the same
        errors: { order_not_found: ORDER_NOT_FOUND.en, ...refusalTexts("en") },
      },
    },
    resources: {
      orders: {
        fields: {
          customer_name: "Buyer",
          phone: "Phone",
          payment_method: "Payment method",
          delivery: "Delivery",
          pickup_point: "Pickup point",
          cancel_reason: "Cancellation reason",
          currency_code: "Currency",
        },
      },
    },
  },
}
