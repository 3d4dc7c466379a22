/**
 * Field-level zod schemas shared by the backend validators and the forms of both apps.
 * Every issue message is a DomainErrorCode (see messages.ts); translate with fieldErrors().
 */
import { z } from "zod"
import { isIsoDate } from "./dates"
import type { DomainErrorCode } from "./messages"
import { isVietnamesePhone, normalizeVietnamesePhone } from "./phone"
import { PRODUCER_KIND_CODES, PRODUCER_STATUSES } from "./producer-kinds"
import { PRODUCT_GROUP_CODES } from "./product-groups"
import { DISTRICT_CODES } from "./places"
import { ISSUING_LEVELS, MAX_SCORE } from "./stars"

/** Error map: a missing value reports 'required', anything else the given code. */
export function requiredOr(code: DomainErrorCode): (issue: { input?: unknown }) => DomainErrorCode {
  return (issue) => (issue.input === undefined || issue.input === null ? "required" : code)
}

// Form posts and query strings carry numbers as text; only plain decimal strings are converted so
// that "", " " or "abc" fail validation instead of becoming 0 as z.coerce.number() would make them.
const NUMERIC_TEXT = /^\s*-?\d+(?:\.\d+)?\s*$/

// Whole numbers accept digits only: "150.000" is 150 000 đồng to a Vietnamese reader but 150 to
// Number(), so it must fail rather than be misread.
const INTEGER_TEXT = /^\s*-?\d+\s*$/

/** Converts a plain decimal string to a number, leaving every other value for the schema to judge. */
export function numericText(value: unknown): unknown {
  return typeof value === "string" && NUMERIC_TEXT.test(value) ? Number(value) : value
}

/** Converts a plain digit string to a number, leaving every other value for the schema to judge. */
export function integerText(value: unknown): unknown {
  return typeof value === "string" && INTEGER_TEXT.test(value) ? Number(value) : value
}

/** Maps blank strings (empty form fields) to undefined so optional fields can be left empty. */
export function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value
}

/** Certified OCOP star level 3–5; numeric strings ("4") are accepted. */
export const starLevelSchema = z.preprocess(
  integerText,
  z.literal([3, 4, 5], { error: requiredOr("invalid_star_level") }),
)

/** Council score 0–100 (decimals allowed); numeric strings are accepted. */
export const scoreSchema = z.preprocess(
  numericText,
  z
    .number({ error: requiredOr("score_out_of_range") })
    .min(0, "score_out_of_range")
    .max(MAX_SCORE, "score_out_of_range"),
)

/** One of the six product group codes. */
export const productGroupSchema = z.enum(PRODUCT_GROUP_CODES, { error: requiredOr("invalid_product_group") })

/** One of the nine origin district codes. */
export const districtSchema = z.enum(DISTRICT_CODES, { error: requiredOr("invalid_district") })

/** One of the producer kind codes. */
export const producerKindSchema = z.enum(PRODUCER_KIND_CODES, { error: requiredOr("invalid_producer_kind") })

/** 'active' or 'suspended'. */
export const producerStatusSchema = z.enum(PRODUCER_STATUSES, { error: requiredOr("invalid_producer_status") })

/** 'provincial' or 'national'. */
export const issuingLevelSchema = z.enum(ISSUING_LEVELS, { error: requiredOr("invalid_issuing_level") })

/** Vietnamese mobile number; outputs the normalised "0xxxxxxxxx" form. */
export const vietnamesePhoneSchema = z
  .string({ error: requiredOr("invalid_phone") })
  .refine(isVietnamesePhone, "invalid_phone")
  .transform((phone) => normalizeVietnamesePhone(phone) ?? phone)

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** URL handle: lowercase ASCII words joined by single hyphens, 2–100 characters ("nam-huong-sa-pa"). */
export const handleSchema = z
  .string({ error: requiredOr("invalid_handle") })
  .min(2, "invalid_handle")
  .max(100, "too_long")
  .regex(HANDLE, "invalid_handle")

/** Non-negative whole đồng; digit strings ("150000") are accepted. */
export const vndAmountSchema = z.preprocess(
  integerText,
  z
    .number({ error: requiredOr("not_whole_dong") })
    .int("not_whole_dong")
    .min(0, "not_whole_dong"),
)

/** A "yyyy-mm-dd" string naming a real day (2021-02-31 fails); the output stays a string. */
export const isoDateSchema = z
  .string({ error: requiredOr("invalid_date") })
  .trim()
  .refine(isIsoDate, "invalid_date")

/** Email address, trimmed and lowercased. */
export const emailSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
  z.email({ error: requiredOr("invalid_email") }).max(254, "too_long"),
)

/** Absolute http(s) URL (images, logos). */
export const urlSchema = z.url({ protocol: /^https?$/, error: requiredOr("invalid_url") }).max(2000, "too_long")

/** Required trimmed text of min–max characters ('required' when blank). */
export function requiredText(min: number, max: number) {
  return z
    .string({ error: requiredOr("invalid_type") })
    .trim()
    .min(1, "required")
    .min(min, "too_short")
    .max(max, "too_long")
}

/** Optional trimmed text up to max characters; blank or null becomes null so a field can be cleared. */
export function optionalText(max: number) {
  return nullable(z.string({ error: "invalid_type" }).trim().max(max, "too_long"))
}

/** Makes a schema optional and nullable, with blank strings read as null (cleared form field). */
export function nullable<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), schema.nullish())
}

/** The slice of a zod parse payload that `when` needs. */
export interface ParsePayloadLike {
  readonly value: unknown
  readonly issues: ReadonlyArray<{ readonly path?: ReadonlyArray<PropertyKey> }>
}

/**
 * Runs a cross-field check only when the fields it reads parsed cleanly, so the check reports
 * alongside unrelated field errors but never on top of the fields' own errors.
 */
export function whenFieldsValid(...keys: string[]): (payload: ParsePayloadLike) => boolean {
  return (payload) =>
    typeof payload.value === "object" &&
    payload.value !== null &&
    !payload.issues.some((issue) => issue.path !== undefined && keys.includes(String(issue.path[0])))
}
