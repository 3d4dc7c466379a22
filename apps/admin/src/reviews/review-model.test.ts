import { describe, expect, it } from "vitest"
import { fieldChanges, imageUrls } from "./review-model"

describe("fieldChanges", () => {
  it("lists changed fields in display order, each with its live and proposed value", () => {
    const changes = { variants: [{ id: "v1", price_vnd: 95000 }], title: "Mận hậu", note: "x" }
    const current = { variants: [{ id: "v1", price_vnd: 90000 }], title: "Mận tam hoa", note: "x" }
    expect(fieldChanges(changes, current)).toEqual([
      { field: "title", before: "Mận tam hoa", after: "Mận hậu" },
      { field: "variants", before: current.variants, after: changes.variants },
    ])
  })

  it("shows every field of a new product, with nothing before", () => {
    expect(fieldChanges({ title: "Chè Shan tuyết", title_en: null }, null)).toEqual([
      { field: "title", before: null, after: "Chè Shan tuyết" },
      { field: "title_en", before: null, after: null },
    ])
    expect(fieldChanges(null, null)).toEqual([])
  })
})

describe("imageUrls", () => {
  it("reads URLs and { url } objects and drops the rest", () => {
    expect(imageUrls(["a.jpg", { url: "b.jpg" }, { id: "x" }, 3, ""])).toEqual(["a.jpg", "b.jpg"])
    expect(imageUrls(null)).toEqual([])
  })
})
