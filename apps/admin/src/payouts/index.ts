export { MyPayoutsPage } from "./MyPayoutsPage"
export { PayoutsPage } from "./PayoutsPage"
export { createPayoutApi } from "./api"

/** Staff page (trade area) and the producer's own page: pages, not resources. */
export const PAYOUTS_PAGE = "payouts"
export const MY_PAYOUTS_PAGE = "producer-payouts"
