/**
 * VietQR (docs/domain.md §9): the NAPAS profile of the EMVCo merchant-presented QR code that every
 * Vietnamese banking app scans to pre-fill an interbank transfer (NAPAS 247, service QRIBFTTA).
 *
 * A payload is a run of TLV fields — two-digit id, two-digit length, value — ending with field 63,
 * a CRC-16/CCITT-FALSE over everything before it including the "6304" of the CRC field itself.
 */

/** NAPAS's application identifier in field 38.00. */
export const VIETQR_GUID = "A000000727"
/** Service code for a transfer to a bank account (QRIBFTTC would be to a card). */
export const VIETQR_SERVICE_ACCOUNT = "QRIBFTTA"
/** ISO 4217 numeric code of VND. */
export const VIETQR_CURRENCY_VND = "704"
/** Longest transfer note (field 62.08) the spec allows. */
export const VIETQR_MAX_NOTE_LENGTH = 25

/** What a dynamic VietQR for one bank transfer carries. */
export interface VietQrInput {
  /** The receiving bank's 6-digit NAPAS BIN (e.g. 970436 Vietcombank). */
  readonly bankBin: string
  /** The receiving account number (digits and letters, up to 19). */
  readonly accountNumber: string
  /** Whole đồng, > 0. */
  readonly amount: number
  /** Transfer note the buyer's bank fills in: the order number, so staff can match the payment. */
  readonly note: string
}

/** A VietQR payload read back from its string. */
export interface ParsedVietQr {
  readonly pointOfInitiation: "static" | "dynamic"
  readonly bankBin: string
  readonly accountNumber: string
  readonly service: string
  readonly currency: string
  /** Whole đồng, or null for a static code without an amount. */
  readonly amount: number | null
  readonly country: string
  readonly note: string | null
  readonly crc: string
}

const BIN = /^\d{6}$/
const ACCOUNT = /^[0-9A-Za-z]{1,19}$/

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor) as 4 uppercase hex digits. */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

/** One TLV field; the value must be 1–99 characters. */
export function emvField(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new RangeError(`EMV field id must be two digits: ${id}`)
  if (value.length < 1 || value.length > 99) throw new RangeError(`EMV field ${id} must hold 1–99 characters`)
  return `${id}${String(value.length).padStart(2, "0")}${value}`
}

/**
 * A transfer note banks accept: no diacritics (đ → d), only ASCII letters, digits and single spaces,
 * at most 25 characters. "Đơn hàng #1024" → "Don hang 1024".
 */
export function vietQrNote(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/gu, (d) => (d === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .slice(0, VIETQR_MAX_NOTE_LENGTH)
    .trim()
}

/** Builds the dynamic VietQR payload for a transfer of `amount` đồng; throws RangeError on bad input. */
export function buildVietQrPayload(input: VietQrInput): string {
  if (!BIN.test(input.bankBin)) throw new RangeError("bankBin must be 6 digits")
  if (!ACCOUNT.test(input.accountNumber)) throw new RangeError("accountNumber must be 1–19 letters or digits")
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0 || String(input.amount).length > 13) {
    throw new RangeError("amount must be a positive whole number of đồng (≤ 13 digits)")
  }
  const note = vietQrNote(input.note)
  const beneficiary = emvField("00", input.bankBin) + emvField("01", input.accountNumber)
  const merchant = emvField("00", VIETQR_GUID) + emvField("01", beneficiary) + emvField("02", VIETQR_SERVICE_ACCOUNT)
  const body =
    emvField("00", "01") +
    emvField("01", "12") +
    emvField("38", merchant) +
    emvField("53", VIETQR_CURRENCY_VND) +
    emvField("54", String(input.amount)) +
    emvField("58", "VN") +
    (note ? emvField("62", emvField("08", note)) : "") +
    "6304"
  return body + crc16CcittFalse(body)
}

/** Splits a TLV string into id → value; null when the lengths do not add up. */
export function parseEmvFields(text: string): Map<string, string> | null {
  const fields = new Map<string, string>()
  let at = 0
  while (at < text.length) {
    const id = text.slice(at, at + 2)
    const length = Number(text.slice(at + 2, at + 4))
    if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(text.slice(at + 2, at + 4)) || at + 4 + length > text.length) {
      return null
    }
    fields.set(id, text.slice(at + 4, at + 4 + length))
    at += 4 + length
  }
  return fields
}

/** True when the payload ends with a field 63 whose CRC matches everything before it. */
export function hasValidVietQrCrc(payload: string): boolean {
  const match = /^(.*6304)([0-9A-Fa-f]{4})$/su.exec(payload)
  return match !== null && crc16CcittFalse(match[1]!) === match[2]!.toUpperCase()
}

/** Reads a VietQR payload back; null when it is malformed, not a NAPAS transfer code or its CRC is wrong. */
export function parseVietQrPayload(payload: string): ParsedVietQr | null {
  if (!hasValidVietQrCrc(payload)) return null
  const root = parseEmvFields(payload)
  const merchant = root?.get("38") ? parseEmvFields(root.get("38")!) : null
  const beneficiary = merchant?.get("01") ? parseEmvFields(merchant.get("01")!) : null
  if (!root || !merchant || !beneficiary || root.get("00") !== "01" || merchant.get("00") !== VIETQR_GUID) return null
  const bankBin = beneficiary.get("00")
  const accountNumber = beneficiary.get("01")
  if (!bankBin || !accountNumber) return null
  const amountText = root.get("54")
  const additional = root.get("62") ? parseEmvFields(root.get("62")!) : null
  return {
    pointOfInitiation: root.get("01") === "12" ? "dynamic" : "static",
    bankBin,
    accountNumber,
    service: merchant.get("02") ?? "",
    currency: root.get("53") ?? "",
    amount: amountText !== undefined && /^\d+$/.test(amountText) ? Number(amountText) : null,
    country: root.get("58") ?? "",
    note: additional?.get("08") ?? null,
    crc: root.get("63") ?? "",
  }
}
