import { HttpError } from "react-admin"
import { createHttpClient, toHttpError, type FetchFn } from "./http-client"

/** Who chooses a new password in the console: staff (`user`) or a producer's user (`producer`). */
export type ConsoleActor = "user" | "producer"

/** Forgotten passwords, before anyone is signed in: no token of the console is ever sent. */
export interface PasswordResetActions {
  /**
   * Asks for a reset link. Staff and producers' users sign in with Medusa's `emailpass` provider,
   * which keeps one identity (one password) per address whatever the actor, so one request serves
   * both: asking as each actor would mail the same person twice. Medusa answers alike for unknown
   * addresses and mails only an address that has a login.
   */
  requestPasswordReset(email: string): Promise<void>
  /** Sets the new password with the link's one-time token (Medusa checks and consumes it). */
  resetPassword(input: { actor: ConsoleActor; token: string; email: string; password: string }): Promise<void>
}

export function createPasswordResetActions({
  baseUrl,
  fetch,
}: {
  baseUrl: string
  fetch: FetchFn
}): PasswordResetActions {
  return {
    async requestPasswordReset(email) {
      // Medusa answers 201 with the plain text "Created", so this call reads no JSON.
      let response: Response
      try {
        response = await fetch(`${baseUrl}/auth/user/emailpass/reset-password`, {
          method: "POST",
          headers: { Accept: "application/json", "Content-Type": "application/json" },
          body: JSON.stringify({ identifier: email }),
        })
      } catch {
        throw new HttpError("ocop.error.network", 0)
      }
      if (!response.ok) throw await toHttpError(response)
    },
    async resetPassword({ actor, token, email, password }) {
      const withLinkToken = createHttpClient({ baseUrl, fetch, getToken: () => token })
      await withLinkToken(`/auth/${actor}/emailpass/update`, { method: "POST", body: { email, password } })
    },
  }
}
