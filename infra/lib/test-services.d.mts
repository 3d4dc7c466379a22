export type CaughtMail = { to: string[]; from: string; subject: string; text: string; html: string }
export function startMailCatcher(dir: string): Promise<{ url: string; stop: () => Promise<void> }>
export function caughtMails(dir: string): CaughtMail[]
export function mailArriving(dir: string, match: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>
export function startS3(
  dir: string,
  bucket?: string,
): Promise<{ env: Record<string, string>; stop: () => Promise<void> }>
