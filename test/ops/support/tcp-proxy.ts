import net from "node:net"
import { freePort } from "@ocop/infra/database"

/**
 * A TCP relay in front of PostgreSQL: the processes under test connect through it, and `cut()` makes
 * the database unreachable to them (every open connection dropped, new ones refused) until `mend()`.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const port = await freePort()
  const sockets = new Set<net.Socket>()
  let server: net.Server | undefined
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host)
        for (const socket of [client, upstream]) {
          sockets.add(socket)
          socket.on("close", () => sockets.delete(socket))
          socket.on("error", () => socket.destroy())
        }
        client.pipe(upstream).pipe(client)
        client.on("close", () => upstream.destroy())
        upstream.on("close", () => client.destroy())
      })
      server.once("error", reject)
      server.listen(port, "127.0.0.1", () => resolve())
    })
  await listen()
  return {
    port,
    /** The same database URL, through the relay. */
    urlFor(databaseUrl: string) {
      const url = new URL(databaseUrl)
      url.hostname = "127.0.0.1"
      url.port = String(port)
      return url.toString()
    },
    async cut() {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
    },
    mend: listen,
    stop() {
      for (const socket of sockets) socket.destroy()
      server?.close()
    },
  }
}
