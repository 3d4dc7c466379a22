/**
 * The lock a product's reviewed changes take (Medusa's locking module): a producer's submission, a
 * reviewer's decision and staff re-attaching the product to a producer run one at a time per product,
 * so a change cannot slip in between a check and the write that relies on it.
 */
export const productReviewLockKey = (productId: string) => `product-review:${productId}`
