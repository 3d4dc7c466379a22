import { isDistrictCode, isProducerKind, type DistrictCode, type ProducerKind } from "@ocop/domain"
import { readPage } from "./catalogue-links"

/** Producers per page of the directory. */
export const PRODUCERS_PAGE_SIZE = 24

export type ProducerUrlState = { district?: DistrictCode; kind?: ProducerKind; page: number }

/** Reads the producer directory's URL; unknown district or kind values are ignored. */
export function parseProducerSearchParams(params: URLSearchParams): ProducerUrlState {
  const district = params.get("district")
  const kind = params.get("kind")
  return {
    district: isDistrictCode(district) ? district : undefined,
    kind: isProducerKind(kind) ? kind : undefined,
    page: readPage(params),
  }
}

/** Query string for GET /store/producers. */
export function producerApiParams(state: ProducerUrlState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.district) params.set("district", state.district)
  if (state.kind) params.set("kind", state.kind)
  params.set("limit", String(PRODUCERS_PAGE_SIZE))
  params.set("offset", String((state.page - 1) * PRODUCERS_PAGE_SIZE))
  return params
}

/** A directory URL (`/producers?…`) without defaults. */
export function producersHref(state: Partial<ProducerUrlState>): string {
  const params = new URLSearchParams()
  if (state.district) params.set("district", state.district)
  if (state.kind) params.set("kind", state.kind)
  if (state.page && state.page > 1) params.set("page", String(state.page))
  const search = params.toString()
  return search ? `/producers?${search}` : "/producers"
}
