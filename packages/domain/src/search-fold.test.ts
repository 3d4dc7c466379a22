import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { foldVietnamese, matchesSearch, searchTokens } from "./search-fold"

// Every letter of the Vietnamese alphabet with each tone mark, lower and upper case.
const VIETNAMESE_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
const VIETNAMESE_LETTERS = [...VIETNAMESE_LOWER, ...VIETNAMESE_LOWER.toUpperCase()]
const vietnameseText = fc
  .array(fc.constantFrom(...VIETNAMESE_LETTERS, " ", " ", "\t", "0", "9", "-", ","), { maxLength: 40 })
  .map((chars) => chars.join(""))
// The same text in composed (NFC) or decomposed (NFD) form, as different keyboards produce.
const anyForm = fc.tuple(vietnameseText, fc.boolean()).map(([text, nfd]) => text.normalize(nfd ? "NFD" : "NFC"))

describe("foldVietnamese", () => {
  it.each([
    ["Nấm hương Đà", "nam huong da"],
    ["NẤM  HƯƠNG Sa Pa", "nam huong sa pa"],
    ["  Quế\tVăn   Bàn \n", "que van ban"],
    ["Rượu ngô Bản Phố", "ruou ngo ban pho"],
    ["Thổ cẩm Bắc Hà", "tho cam bac ha"],
    ["Gà đồi Bảo Thắng", "ga doi bao thang"],
    ["Mận tam hoa", "man tam hoa"],
    ["Ð", "d"],
  ])("folds %j to %j", (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded)
    expect(foldVietnamese(text.normalize("NFD"))).toBe(folded)
  })

  it("folds every Vietnamese vowel to its base letter", () => {
    expect(foldVietnamese("aàáảãạăằắẳẵặâầấẩẫậ")).toBe("a".repeat(18))
    expect(foldVietnamese("EÈÉẺẼẸÊỀẾỂỄỆ")).toBe("e".repeat(12))
    expect(foldVietnamese("oòóỏõọôồốổỗộơờớởỡợ")).toBe("o".repeat(18))
    expect(foldVietnamese("uùúủũụưừứửữự")).toBe("u".repeat(12))
    expect(foldVietnamese("iìíỉĩịyỳýỷỹỵ")).toBe("iiiiiiyyyyyy")
  })

  it("is idempotent (property)", () => {
    fc.assert(
      fc.property(fc.oneof(anyForm, fc.string({ unit: "grapheme" })), (text) => {
        const once = foldVietnamese(text)
        expect(foldVietnamese(once)).toBe(once)
      }),
    )
  })

  it("gives ASCII only for Vietnamese text (property)", () => {
    fc.assert(
      fc.property(anyForm, (text) => {
        expect(foldVietnamese(text)).toMatch(/^[\x20-\x7e]*$/)
      }),
    )
  })

  it("ignores case (property)", () => {
    fc.assert(
      fc.property(anyForm, (text) => {
        expect(foldVietnamese(text.toUpperCase())).toBe(foldVietnamese(text))
        expect(foldVietnamese(text.toLowerCase())).toBe(foldVietnamese(text))
      }),
    )
  })

  it("never grows the text (property)", () => {
    fc.assert(
      fc.property(anyForm, (text) => {
        const folded = foldVietnamese(text)
        expect(folded.length).toBeLessThanOrEqual(text.normalize("NFC").length)
        expect(folded).toBe(folded.trim())
        expect(folded).not.toMatch(/\s{2}/)
      }),
    )
  })
})

describe("searchTokens", () => {
  it("splits folded text on anything but letters and digits", () => {
    expect(searchTokens("Nấm hương (Sa Pa) – 500g, loại 1")).toEqual(["nam", "huong", "sa", "pa", "500g", "loai", "1"])
    expect(searchTokens("  ,, -- ")).toEqual([])
  })
})

describe("matchesSearch", () => {
  const title = "Nấm hương Sa Pa"

  it("finds Vietnamese text typed without diacritics, in any case", () => {
    expect(matchesSearch(title, "nam huong sa pa")).toBe(true)
    expect(matchesSearch(title, "NAM HUONG")).toBe(true)
    expect(matchesSearch(title, "nấm")).toBe(true)
    expect(matchesSearch(title, "sa huong")).toBe(true)
    expect(matchesSearch("Đặc sản Lào Cai", "dac san")).toBe(true)
  })

  it("matches word prefixes as the buyer types, not infixes", () => {
    expect(matchesSearch(title, "huo")).toBe(true)
    expect(matchesSearch(title, "ong")).toBe(false)
    expect(matchesSearch("Thảo dược", "ha")).toBe(false)
    expect(matchesSearch("Bắc Hà", "ha")).toBe(true)
  })

  it("needs every query word", () => {
    expect(matchesSearch(title, "nam huong bac ha")).toBe(false)
  })

  it("matches everything for an empty query", () => {
    expect(matchesSearch(title, "   ")).toBe(true)
  })

  it("finds any text by itself and by its folded form (property)", () => {
    fc.assert(
      fc.property(fc.oneof(anyForm, fc.string()), (text) => {
        expect(matchesSearch(text, text)).toBe(true)
        expect(matchesSearch(text, foldVietnamese(text))).toBe(true)
      }),
    )
  })
})
