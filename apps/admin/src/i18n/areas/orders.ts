import type { AreaMessages } from "./area-messages"

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
        errors: {
          order_not_found: "Không tìm thấy đơn hàng này",
          order_canceled: "Đơn hàng đã bị huỷ, không thể thực hiện thao tác này",
          order_completed: "Đơn hàng đã hoàn tất, không thể thực hiện thao tác này",
          already_paid: "Đơn hàng đã được ghi nhận thanh toán trước đó",
          no_payment: "Đơn hàng không có khoản thanh toán nào để xác nhận",
          pickup_order: "Đơn nhận tại điểm bán không gửi qua đơn vị vận chuyển: hãy đánh dấu sẵn sàng để nhận",
          delivery_order: "Đơn giao tận nơi, không nhận tại điểm bán",
          nothing_to_fulfil: "Hàng của đơn đã được chuẩn bị hoặc gửi đi rồi",
          not_ready: "Đơn chưa sẵn sàng tại điểm bán, hoặc người mua đã nhận hàng",
          not_shipped: "Đơn chưa được gửi đi, hoặc đã được ghi nhận là đã giao",
          not_paid_yet:
            "Chưa ghi nhận thanh toán: hãy xác nhận đã thu tiền hoặc đã chuyển khoản trước khi giao hàng cho người mua",
          already_fulfilled: "Đơn đã được chuẩn bị hoặc gửi đi nên không thể huỷ",
        },
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
        errors: {
          order_not_found: "No such order",
          order_canceled: "This order is cancelled; the action is no longer possible",
          order_completed: "This order is completed; the action is no longer possible",
          already_paid: "The payment of this order has already been recorded",
          no_payment: "This order has no payment to confirm",
          pickup_order: "This order is collected at a point of sale, not shipped: mark it ready for pickup instead",
          delivery_order: "This order is delivered by carrier, not collected at a point of sale",
          nothing_to_fulfil: "Every item of this order has already been prepared or shipped",
          not_ready: "This order is not waiting at the point of sale (not ready yet, or already collected)",
          not_shipped: "This order has not been shipped, or its delivery is already recorded",
          not_paid_yet:
            "The payment is not recorded yet: confirm the cash or the transfer before handing the order over",
          already_fulfilled: "This order has already been prepared or shipped, so it can no longer be cancelled",
        },
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
