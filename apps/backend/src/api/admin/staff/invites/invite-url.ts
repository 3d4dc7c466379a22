import { loadBackendEnv } from "../../../../config/env"

let consoleUrl: string | undefined

/**
 * The console page where an invitee chooses a name and password (react-admin's hash router:
 * `<OCOP_CONSOLE_URL>/#/staff-invite?token=…&email=…`; the page shows whom the invite is for and
 * registers that address). The environment was validated at boot.
 */
export function staffInviteUrl(token: string, email: string): string {
  consoleUrl ??= loadBackendEnv(process.env).consoleUrl
  return `${consoleUrl}/#/staff-invite?token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
}
