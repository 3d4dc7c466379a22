import type { FetchFn } from "./http-client"

export interface RecordedCall {
  url: URL
  method: string
  headers: Record<string, string>
  body: unknown
}

type Reply = { status?: number; json?: unknown; text?: string }

/**
 * A fetch stand-in for provider tests: records each call and answers with `reply(call)`.
 * Injected through the providers' factories, so no global is patched.
 */
export function recordingFetch(reply: (call: RecordedCall) => Reply = () => ({ json: {} })) {
  const calls: RecordedCall[] = []
  const fetch: FetchFn = async (input, init = {}) => {
    const call: RecordedCall = {
      url: new URL(input),
      method: init.method ?? "GET",
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    }
    calls.push(call)
    const { status = 200, json, text } = reply(call)
    const payload = text ?? (json === undefined ? "" : JSON.stringify(json))
    return new Response(status === 204 ? null : payload, {
      status,
      headers: { "Content-Type": text === undefined ? "application/json" : "text/html" },
    })
  }
  return { fetch, calls }
}
