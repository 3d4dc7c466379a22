import englishMessages from "ra-language-english"
import { describe, expect, it } from "vitest"
import { domainLocale, i18nProvider } from "./i18n-provider"
import { raVietnamese } from "./ra-vi"
import { areaEnglish, areaVietnamese } from "./areas"
import { mergeMessages } from "./areas/area-messages"

/** Flattens nested messages into `a.b.c → text`. */
function flatten(messages: object, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") out[path] = value
    else Object.assign(out, flatten(value as object, path))
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort()

function expectSameKeysAndPlaceholders(reference: object, translation: object) {
  const ref = flatten(reference)
  const tr = flatten(translation)
  expect(Object.keys(tr).sort()).toEqual(Object.keys(ref).sort())
  for (const [key, text] of Object.entries(ref)) {
    expect({ key, placeholders: placeholders(tr[key]!) }).toEqual({ key, placeholders: placeholders(text) })
    expect(tr[key]!.includes("||||")).toBe(text.includes("||||"))
  }
}

describe("Vietnamese react-admin messages", () => {
  it("cover every key of ra-language-english with the same placeholders", () => {
    expectSameKeysAndPlaceholders(englishMessages, raVietnamese)
  })
})

describe("our messages", () => {
  it("of each console area have the same keys and placeholders in both languages", () => {
    expectSameKeysAndPlaceholders(areaVietnamese, areaEnglish)
  })
})

describe("mergeMessages", () => {
  it("merges nested trees and refuses a message defined twice: every key has one home", () => {
    expect(mergeMessages({ a: { b: "x" } }, { a: { c: "z" }, d: "w" })).toEqual({ a: { b: "x", c: "z" }, d: "w" })
    expect(() => mergeMessages({ a: { b: "x", c: "y" } }, { a: { c: "z" } })).toThrow("message a.c is defined twice")
  })
})

describe("i18nProvider", () => {
  it("speaks Vietnamese by default and switches to English", async () => {
    expect(i18nProvider.getLocale()).toBe("vi")
    expect(i18nProvider.translate("ra.action.save")).toBe("Lưu")
    expect(i18nProvider.translate("ra.notification.updated", { smart_count: 3 })).toBe("Đã cập nhật 3 mục")
    await i18nProvider.changeLocale("en")
    expect(i18nProvider.translate("ocop.auth.invalid_credentials")).toBe("Wrong email or password")
    await i18nProvider.changeLocale("vi")
    expect(i18nProvider.getLocales?.().map((l) => l.locale)).toEqual(["vi", "en"])
  })

  it("maps any other locale to Vietnamese for the domain package", () => {
    expect(domainLocale("en")).toBe("en")
    expect(domainLocale("fr")).toBe("vi")
    expect(domainLocale(undefined)).toBe("vi")
  })
})
