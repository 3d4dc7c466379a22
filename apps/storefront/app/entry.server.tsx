import { PassThrough } from "node:stream"
import type { EntryContext } from "@remix-run/node"
import { createReadableStreamFromReadable } from "@remix-run/node"
import { RemixServer } from "@remix-run/react"
import { isbot } from "isbot"
import { renderToPipeableStream } from "react-dom/server"
import { getEnv, initEnv } from "./utils/env.server"
import { logger } from "./utils/logger.server"
import { NonceContext } from "./utils/nonce"
import { applySecurityHeaders, newNonce } from "./utils/security-headers.server"

// Validate the environment when the server loads the build: a bad value stops `remix-serve`
// at boot with a clear message instead of failing on the first request.
initEnv()

const ABORT_DELAY = 5_000

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const nonce = newNonce()
  const env = getEnv()
  applySecurityHeaders(responseHeaders, request, {
    nonce,
    backendUrl: env.MEDUSA_BACKEND_URL,
    production: env.NODE_ENV === "production",
  })
  // Crawlers get the whole document at once so they index the product data, not a shell.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const onReady = () => {
      shellRendered = true
      const body = new PassThrough()
      responseHeaders.set("Content-Type", "text/html; charset=utf-8")
      resolve(
        new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
      )
      pipe(body)
    }
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceContext.Provider>,
      {
        onShellReady: waitForAll ? undefined : onReady,
        onAllReady: waitForAll ? onReady : undefined,
        onShellError: reject,
        onError(error: unknown) {
          responseStatusCode = 500
          // Errors before the shell is ready are logged by Remix when the promise rejects.
          if (shellRendered) logger.error("render error", { error: String(error) })
        },
      },
    )
    setTimeout(abort, ABORT_DELAY)
  })
}

/** Loader and action answers fetched by the browser get the same headers (no CSP: they are data). */
export function handleDataRequest(response: Response, { request }: { request: Request }) {
  const env = getEnv()
  applySecurityHeaders(response.headers, request, { backendUrl: env.MEDUSA_BACKEND_URL, production: false })
  return response
}

/** Logs loader/action errors, except aborted requests (a buyer navigating away is not an error). */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return
  logger.error("request failed", {
    url: request.url,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  })
}
