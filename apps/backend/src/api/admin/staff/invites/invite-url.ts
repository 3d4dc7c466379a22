import { loadBackendEnv } from "../../../../config/env"

let consoleUrl: string | undefined

/**
 * The console page where an invitee chooses a name and password (react-admin's hash router:
 * `<OCOP_CONSOLE_URL>/#/staff-invite?token=…`). The environment was validated at boot.
 */
export function staffInviteUrl(token: string): string {
  consoleUrl ??= loadBackendEnv(process.env).consoleUrl
  return `${consoleUrl}/#/staff-invite?token=${encodeURIComponent(token)}`
}
