import { model } from "@medusajs/framework/utils"
import { PRODUCER_USER_STATUSES } from "@ocop/domain"
import { Producer } from "./producer"

/**
 * A person who signs in to the console for a producer (Medusa actor type `producer`). Email is the
 * login and is kept in lower case so that one address is one person. Only the SHA-256 of the invite
 * token is stored: a leaked database does not leak usable invites.
 */
export const ProducerUser = model
  .define("producer_user", {
    id: model.id({ prefix: "pdus" }).primaryKey(),
    email: model.text().unique(),
    name: model.text(),
    status: model.enum([...PRODUCER_USER_STATUSES]).default("invited"),
    invite_token_hash: model.text().nullable(),
    invite_expires_at: model.dateTime().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "users" }),
  })
  .indexes([{ on: ["invite_token_hash"] }])
