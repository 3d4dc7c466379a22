import type { MedusaRequest } from "@medusajs/framework/http"
import type { DomainLocale } from "@ocop/domain"
import { loadBackendEnv } from "../../config/env"
import { filesBaseUrl } from "../../config/modules"
import { requestLocale } from "../utils/http"

const NOT_OUR_FILE: Record<DomainLocale, string> = {
  vi: "Ảnh phải được tải lên qua hệ thống OCOP Lào Cai",
  en: "Pictures must be uploaded through OCOP Lào Cai",
}

/** Where the file module serves uploads (local disk or the S3 bucket, src/config/modules.ts), read once. */
let filesBase: URL | undefined
const uploadsBase = () => (filesBase ??= new URL(`${filesBaseUrl(loadBackendEnv(process.env))}/`))

/** Whether the URL is a file our file module serves (URL parsing has already resolved any `..`). */
export function isUploadedFile(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  const base = uploadsBase()
  return (
    parsed.origin === base.origin && !parsed.username && !parsed.password && parsed.pathname.startsWith(base.pathname)
  )
}

/**
 * Field errors for pictures a producer sends that are neither uploaded through us nor already on
 * the record: a producer must not make the shop show (or track buyers through) an image from
 * anywhere. Pictures staff put on the record earlier may stay, so a form sent back unchanged passes.
 */
export function foreignPictureErrors(
  req: MedusaRequest,
  pictures: Record<string, string | null | undefined | readonly string[]>,
  kept: Iterable<string | null | undefined> = [],
): Record<string, string> {
  const allowed = new Set([...kept].filter(Boolean))
  const message = NOT_OUR_FILE[requestLocale(req)]
  const errors: Record<string, string> = {}
  for (const [field, value] of Object.entries(pictures)) {
    if (value == null) continue
    if (typeof value === "string") {
      if (!allowed.has(value) && !isUploadedFile(value)) errors[field] = message
      continue
    }
    value.forEach((url, i) => {
      if (!allowed.has(url) && !isUploadedFile(url)) errors[`${field}.${i}`] = message
    })
  }
  return errors
}
