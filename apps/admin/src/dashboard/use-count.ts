import { useGetList } from "react-admin"

/**
 * Number of records matching a filter, read from a list endpoint's `count` with limit=1.
 * `total` is undefined while loading or when the endpoint fails (e.g. not deployed yet).
 */
export function useCount(resource: string, filter: Record<string, unknown> = {}) {
  const { total, isPending, error } = useGetList(
    resource,
    { pagination: { page: 1, perPage: 1 }, sort: { field: "id", order: "ASC" }, filter },
    // A missing endpoint should show "—" quickly, not after three retries.
    { retry: false },
  )
  return { total: error ? undefined : total, isPending: isPending && !error, error }
}
