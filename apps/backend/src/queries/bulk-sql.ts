import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { VIETNAM_UTC_OFFSET_MS } from "@ocop/domain"

/**
 * `column` is one of `ids`, as one array binding: a re-flag after a star level changes can name more
 * orders than a statement may have bindings (65,535), which `whereIn` would spend one each.
 */
export const oneOf = (knex: Knex | Knex.Transaction, column: string, ids: string[]) =>
  knex.raw("?? = ANY(?::text[])", [column, ids])

/**
 * INSERT … SELECT naming the columns it fills, so a table whose columns were added in another order
 * (by an earlier migration on one database, a hand repair on another) still gets each value in its
 * own column. `select` must list the same columns in the same order.
 */
export const insertSelect = (
  trx: Knex.Transaction,
  table: string,
  columns: readonly string[],
  select: Knex.QueryBuilder,
) => trx.raw("INSERT INTO ?? (??) ?", [table, [...columns], select])

/**
 * The Vietnam day of an instant column, as SQL. A code constant, never input: `column` is always a
 * column name or a `?` placeholder written in this code.
 */
export const vietnamDaySql = (column: string) =>
  `(timezone('UTC', ${column}) + interval '${VIETNAM_UTC_OFFSET_MS / 1000} seconds')::date`
