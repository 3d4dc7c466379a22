import { describe, expect, it } from "vitest"
import { prefixQuery } from "./catalogue-search"

describe("prefixQuery", () => {
  it("asks for every token as the start of a word", () => {
    expect(prefixQuery(["nam", "huong"])).toBe("'nam':* & 'huong':*")
    expect(prefixQuery(["3e4e5"])).toBe("'3e4e5':*")
  })

  it("escapes quotes and backslashes, although search tokens never hold them", () => {
    expect(prefixQuery(["o'neil", "a\\b"])).toBe("'o\\'neil':* & 'a\\\\b':*")
  })
})
