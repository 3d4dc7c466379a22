import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  fieldErrors,
  programmeLines,
  programmeYearSchema,
  PROGRAMME_MEASURES,
  type ProgrammePanel,
  type ProgrammeTargets,
} from "@ocop/domain"
import type ProgrammeModuleService from "../../../../modules/programme/service"
import { PROGRAMME_MODULE } from "../../../../modules/programme"
import { programmeActuals } from "../../../../queries/programme"
import { requestLocale, sendInvalid } from "../../../utils/http"

type TargetRow = ProgrammeTargets & { id: string; year: number }

const targetsOf = (row: TargetRow | undefined): ProgrammeTargets | null =>
  row ? (Object.fromEntries(PROGRAMME_MEASURES.map((m) => [m, Number(row[m])])) as ProgrammeTargets) : null

/** The year in the path, or a 400 already sent. */
function yearOf(req: AuthenticatedMedusaRequest, res: MedusaResponse): number | null {
  const parsed = programmeYearSchema.safeParse(req.params.year)
  if (parsed.success) return parsed.data
  const locale = requestLocale(req)
  sendInvalid(res, { year: Object.values(fieldErrors(parsed.error, locale))[0] ?? "" }, locale)
  return null
}

async function panel(req: AuthenticatedMedusaRequest, year: number): Promise<ProgrammePanel> {
  const programme = req.scope.resolve<ProgrammeModuleService>(PROGRAMME_MODULE)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [[row], actuals] = await Promise.all([
    programme.listProgrammeTargets({ year }) as Promise<TargetRow[]>,
    programmeActuals(knex, year),
  ])
  const targets = targetsOf(row)
  return { year, targets, lines: programmeLines(targets, actuals) }
}

/**
 * GET /admin/programme/:year — the year's targets (decision 030) against what the register shows:
 * products certified by star level, new economic organisations, and support paid (not recorded yet).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const year = yearOf(req, res)
  if (year !== null) res.json(await panel(req, year))
}

/** POST /admin/programme/:year — sets the year's whole set of targets (the OCOP office's). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const year = yearOf(req, res)
  if (year === null) return
  const values = req.validatedBody as ProgrammeTargets
  const programme = req.scope.resolve<ProgrammeModuleService>(PROGRAMME_MODULE)
  const [existing] = (await programme.listProgrammeTargets({ year })) as TargetRow[]
  const updated_by = req.auth_context.actor_id
  if (existing) await programme.updateProgrammeTargets({ id: existing.id, ...values, updated_by })
  else await programme.createProgrammeTargets({ year, ...values, updated_by })
  res.json(await panel(req, year))
}
