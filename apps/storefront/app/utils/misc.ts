import { data } from "@remix-run/node"

/** Throws a route error response when `condition` is falsy (Epic Stack's invariantResponse). */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: { status: number } = { status: 400 },
): asserts condition {
  if (!condition) throw data({ reason: message }, init)
}
