import { describe, expect, it } from "vitest"
import { isSealedLink, openSealedLinks, sealLink } from "./secret-links"

describe("sealed links", () => {
  it("keeps the link out of what is stored and gives it back once to the sender", () => {
    const link = "https://console.example/#/staff-invite?token=secret-token"
    const seal = sealLink(link)
    expect(isSealedLink(seal)).toBe(true)
    expect(seal).not.toContain("secret-token")
    const data = { subject: "Lời mời", invite_url: seal }
    expect(JSON.stringify(data)).not.toContain("secret-token")
    expect(openSealedLinks(data)).toEqual({ subject: "Lời mời", invite_url: link })
    expect(openSealedLinks(data).invite_url).toBeNull()
  })

  it("opens nothing it did not seal", () => {
    expect(openSealedLinks({ invite_url: "sealed-link:0000" })).toEqual({ invite_url: null })
    expect(openSealedLinks(null)).toEqual({})
  })
})
