/** The producer console's resources (registered in App.tsx, guarded for producers only). */
export { default as producerEvents } from "./events"
export { default as producerLeads } from "./leads"
export { default as producerOrders } from "./orders"
export { default as producerProducts } from "./products"
export { default as producerProfile } from "./profile"
export { default as producerStock } from "./stock"
export { AcceptInvitePage } from "./invite/AcceptInvitePage"
export { ProducerDashboard } from "./dashboard/ProducerDashboard"
