/**
 * Minimal structured logger for the storefront server. Keeps one place to swap in a real
 * transport later and keeps `console.log` out of the code base.
 */
type Level = "info" | "warn" | "error"

function write(level: Level, message: string, details?: Record<string, unknown>) {
  const line = JSON.stringify({ level, app: "storefront", message, ...details, time: new Date().toISOString() })
  if (level === "error") console.error(line)
  else if (level === "warn") console.warn(line)
  else console.info(line)
}

export const logger = {
  info: (message: string, details?: Record<string, unknown>) => write("info", message, details),
  warn: (message: string, details?: Record<string, unknown>) => write("warn", message, details),
  error: (message: string, details?: Record<string, unknown>) => write("error", message, details),
}
