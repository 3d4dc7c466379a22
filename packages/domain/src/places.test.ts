import { describe, expect, it } from "vitest"
import { DISTRICT_CODES, districtName, isDistrictCode, POINT_OF_SALE_DISTRICTS } from "./places"

describe("places", () => {
  it("has the nine district-level units of 2021", () => {
    expect(DISTRICT_CODES).toEqual([
      "lao-cai-city",
      "sa-pa",
      "bat-xat",
      "muong-khuong",
      "si-ma-cai",
      "bac-ha",
      "bao-thang",
      "bao-yen",
      "van-ban",
    ])
  })

  it("names districts in Vietnamese and English", () => {
    expect(districtName("lao-cai-city", "vi")).toBe("Thành phố Lào Cai")
    expect(districtName("lao-cai-city", "en")).toBe("Lao Cai City")
    expect(districtName("sa-pa", "vi")).toBe("Thị xã Sa Pa")
    expect(districtName("sa-pa", "en")).toBe("Sa Pa Town")
    expect(districtName("muong-khuong", "vi")).toBe("Huyện Mường Khương")
  })

  it("has showrooms in Sa Pa, Bắc Hà and Lào Cai city, all real districts", () => {
    expect([...POINT_OF_SALE_DISTRICTS].sort()).toEqual(["bac-ha", "lao-cai-city", "sa-pa"])
    expect(POINT_OF_SALE_DISTRICTS.every(isDistrictCode)).toBe(true)
    expect(isDistrictCode("yen-bai")).toBe(false)
  })
})
