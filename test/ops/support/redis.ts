import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"
import { freePort } from "@ocop/infra/database"
import { waitFor } from "./process"

/**
 * A Redis of the suite's own (the machine's `redis-server`, no persistence), so that the servers and
 * workers under test share queues with nobody else on the machine, and a fault test can stop and
 * start it on the same port.
 */
export async function startRedis() {
  const port = await freePort()
  let child: ChildProcess | undefined
  const answers = () =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1")
      socket.once("data", (data) => {
        socket.destroy()
        resolve(data.toString().startsWith("+PONG"))
      })
      socket.once("error", () => resolve(false))
      socket.write("PING\r\n")
    })
  const start = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    })
    await waitFor(`redis on port ${port}`, answers, 30_000)
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once("exit", () => resolve())
      child.kill("SIGKILL")
    })
  await start()
  return { url: `redis://127.0.0.1:${port}`, start, stop }
}
