import { createCookie } from "@remix-run/node"

/**
 * A site-wide, httpOnly buyer cookie. Unsigned on purpose: each one holds either no privilege
 * (language, country), an unguessable id (cart) or a token Medusa signed itself (customer).
 */
export function buyerCookie(name: string, maxAgeSeconds: number) {
  return createCookie(name, {
    path: "/",
    maxAge: maxAgeSeconds,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
  })
}
