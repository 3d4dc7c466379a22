import { describe, expect, it } from "vitest"
import { isDatabaseUnreachable } from "./database-unreachable"

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe("isDatabaseUnreachable", () => {
  it("recognises a refused or dropped connection, also when wrapped", () => {
    expect(isDatabaseUnreachable(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true)
    expect(isDatabaseUnreachable(new Error("Connection terminated unexpectedly"))).toBe(true)
    expect(isDatabaseUnreachable(new Error("Knex: Timeout acquiring a connection. The pool is probably full."))).toBe(
      true,
    )
    expect(isDatabaseUnreachable(withCode("the database system is shutting down", "57P03"))).toBe(true)
    const wrapped = new Error("An unknown error occurred.", {
      cause: withCode("server closed the connection", "08006"),
    })
    expect(isDatabaseUnreachable(wrapped)).toBe(true)
  })

  it("leaves a failed query and ordinary errors to Medusa's handler", () => {
    expect(isDatabaseUnreachable(withCode('duplicate key value violates unique constraint "x"', "23505"))).toBe(false)
    expect(isDatabaseUnreachable(withCode('relation "x" does not exist', "42P01"))).toBe(false)
    expect(isDatabaseUnreachable(new Error("Product with id: prod_1 was not found"))).toBe(false)
    expect(isDatabaseUnreachable(null)).toBe(false)
    const loop: { cause?: unknown } = new Error("loop")
    loop.cause = loop
    expect(isDatabaseUnreachable(loop)).toBe(false)
  })
})
