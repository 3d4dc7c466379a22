import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CertificationInput } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { createCertificationsWorkflow } from "../../../workflows/certification/workflows/create-certifications"
import { requestLocale, sendDuplicate, sendInvalid } from "../../utils/http"
import { orderOf } from "../../utils/paging"
import { certificationFilters, certificationViews, toCertificationData } from "./helpers"
import type { AdminCertificationsQuery } from "./validators"

const UNKNOWN_PRODUCT = { vi: "Không tìm thấy sản phẩm này", en: "No such product" } as const

/** GET /admin/certifications — filter by status, stars, product, expiry window, number. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as unknown as AdminCertificationsQuery
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const [certs, count] = await ocop.listAndCountCertifications(certificationFilters(query), {
    skip: query.offset,
    take: query.limit,
    order: orderOf(query.order),
  })
  res.json({
    certifications: await certificationViews(req.scope, certs),
    count,
    limit: query.limit,
    offset: query.offset,
  })
}

/** POST /admin/certifications — records a certificate (409 when its number is taken). */
export async function POST(req: MedusaRequest<CertificationInput>, res: MedusaResponse) {
  const input = req.validatedBody
  const locale = requestLocale(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { id: input.product_id } })
  if (!products.length) return sendInvalid(res, { product_id: UNKNOWN_PRODUCT[locale] }, locale)
  const ocop = req.scope.resolve<OcopModuleService>(OCOP_MODULE)
  const [taken] = await ocop.listCertifications({ certificate_number: input.certificate_number }, { take: 1 })
  if (taken) return sendDuplicate(res, "certificate_number", locale)

  const { result } = await createCertificationsWorkflow(req.scope).run({
    input: { certifications: [toCertificationData(input)] },
  })
  const created = await ocop.retrieveCertification(result[0]!.id)
  const [certification] = await certificationViews(req.scope, [created], { withInspections: true })
  res.status(201).json({ certification })
}
