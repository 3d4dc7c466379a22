/**
 * @ocop/domain — the OCOP Lào Cai rules shared by the backend, storefront and console.
 */
export * from './stars'
export * from './product-groups'
export * from './places'
export * from './producer-kinds'
export * from './certificate'
export * from './money'
export * from './search-fold'
export * from './phone'
export * from './dates'
export * from './vn-time'
export * from './messages'
export * from './schemas'
export * from './producer-schemas'
export * from './certification-schemas'
export * from './catalogue-api'
