import { staffInviteLink } from "../../../../notifications/links"

/**
 * The console page where an invitee chooses a name and password (react-admin's hash router:
 * `<OCOP_CONSOLE_URL>/#/staff-invite?token=…&email=…`; the page shows whom the invite is for and
 * registers that address). Every mailed link is built in notifications/links.ts.
 */
export function staffInviteUrl(token: string, email: string): string {
  return staffInviteLink(token, email)
}
