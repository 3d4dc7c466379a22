import { describe, expect, it } from "vitest"
import {
  buildVietQrPayload,
  crc16CcittFalse,
  hasValidVietQrCrc,
  parseEmvFields,
  parseVietQrPayload,
  vietQrNote,
} from "./vietqr"

// An independent CRC-16/CCITT-FALSE: table-driven, over char codes (every payload here is ASCII),
// so a mistake in the bitwise implementation cannot hide behind itself.
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n << 8
  for (let k = 0; k < 8; k++) c = c & 0x8000 ? (c << 1) ^ 0x1021 : c << 1
  return c & 0xffff
})
function referenceCrc(text: string): string {
  let crc = 0xffff
  for (let i = 0; i < text.length; i++) crc = ((crc << 8) ^ TABLE[((crc >> 8) ^ text.charCodeAt(i)) & 0xff]!) & 0xffff
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

describe("crc16CcittFalse", () => {
  it('gives the catalogue check value for "123456789"', () => {
    expect(crc16CcittFalse("123456789")).toBe("29B1")
    expect(referenceCrc("123456789")).toBe("29B1")
  })

  it("agrees with the table-driven reference", () => {
    for (const text of ["", "A", "000201010212", "6304", "OCOP Lao Cai 2021 ".repeat(7)]) {
      expect(crc16CcittFalse(text)).toBe(referenceCrc(text))
    }
  })
})

describe("buildVietQrPayload", () => {
  it("matches a vector written out by hand from the NAPAS field table", () => {
    const body =
      "000201" + // 00 payload format "01"
      "010212" + // 01 dynamic "12"
      "3854" + // 38 merchant account information, 54 characters:
      "0010A000000727" + //   00 NAPAS GUID
      "0124" + //   01 beneficiary, 24 characters:
      "0006970436" + //     00 bank BIN
      "01101234567890" + //     01 account number
      "0208QRIBFTTA" + //   02 service: transfer to account
      "5303704" + // 53 VND
      "5406150000" + // 54 amount, whole đồng
      "5802VN" + // 58 country
      "6212" + // 62 additional data, 12 characters:
      "0808OCOP1001" + //   08 purpose = the order number
      "6304" // 63 CRC, its own id and length included in the checksum
    const expected = body + referenceCrc(body)
    expect(
      buildVietQrPayload({ bankBin: "970436", accountNumber: "1234567890", amount: 150000, note: "OCOP1001" }),
    ).toBe(expected)
  })

  it("matches a published vector (subiz/vietqr README: 120.000 ₫ to VietinBank 0011001932418)", () => {
    const published =
      "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C"
    expect(
      buildVietQrPayload({ bankBin: "970415", accountNumber: "0011001932418", amount: 120000, note: "ủng hộ lũ lụt" }),
    ).toBe(published)
    expect(referenceCrc(published.slice(0, -4))).toBe("C15C")
  })

  it("leaves field 62 out when the note is empty after cleaning", () => {
    const payload = buildVietQrPayload({ bankBin: "970436", accountNumber: "1", amount: 1, note: "###" })
    expect(payload).not.toContain("62")
    expect(hasValidVietQrCrc(payload)).toBe(true)
  })

  it("refuses a bad BIN, account or amount", () => {
    const ok = { bankBin: "970436", accountNumber: "0011", amount: 1000, note: "x" }
    expect(() => buildVietQrPayload({ ...ok, bankBin: "97043" })).toThrow(RangeError)
    expect(() => buildVietQrPayload({ ...ok, accountNumber: "12-34" })).toThrow(RangeError)
    expect(() => buildVietQrPayload({ ...ok, amount: 0 })).toThrow(RangeError)
    expect(() => buildVietQrPayload({ ...ok, amount: 10.5 })).toThrow(RangeError)
  })
})

describe("vietQrNote", () => {
  it("folds diacritics, drops symbols and keeps at most 25 characters", () => {
    expect(vietQrNote("Đơn hàng #1024")).toBe("Don hang 1024")
    expect(vietQrNote("Thanh toán đơn hàng OCOP số 000123456")).toBe("Thanh toan don hang OCOP")
  })
})

describe("parseVietQrPayload", () => {
  const payload = buildVietQrPayload({
    bankBin: "970436",
    accountNumber: "1234567890",
    amount: 275000,
    note: "OCOP 1042",
  })

  it("reads back what was built", () => {
    expect(parseVietQrPayload(payload)).toEqual({
      pointOfInitiation: "dynamic",
      bankBin: "970436",
      accountNumber: "1234567890",
      service: "QRIBFTTA",
      currency: "704",
      amount: 275000,
      country: "VN",
      note: "OCOP 1042",
      crc: payload.slice(-4),
    })
  })

  it("refuses a payload whose CRC or content was altered", () => {
    expect(parseVietQrPayload(payload.replace("275000", "275001"))).toBeNull()
    expect(hasValidVietQrCrc(payload.slice(0, -1) + (payload.endsWith("0") ? "1" : "0"))).toBe(false)
    expect(parseVietQrPayload("not a payload")).toBeNull()
  })

  it("splits TLV fields and rejects lengths that overrun", () => {
    expect(parseEmvFields("0002015802VN")).toEqual(
      new Map([
        ["00", "01"],
        ["58", "VN"],
      ]),
    )
    expect(parseEmvFields("0005ab")).toBeNull()
  })
})
