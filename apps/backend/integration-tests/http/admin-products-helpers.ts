import zlib from "node:zlib"
import { expect, inject } from "vitest"
import { staffMember } from "./helpers"

/** A user made with Medusa's CLI and given `role` by an administrator through the staff route. */
export async function staffWithRole(admin: string, role: "ocop_office" | "trade_promotion") {
  return (await staffMember(admin, role)).token
}

/** A small, valid PNG of one colour: real image bytes, so the served file can be compared. */
export function pngBytes(width = 4, height = 4): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (data: Buffer) => {
    let c = 0xffffffff
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.concat(
    Array.from({ length: height }, () => Buffer.from([0, ...Array(width).fill([0x2e, 0x7d, 0x32]).flat()])),
  )
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

/** POST /admin/uploads as the console sends it: one file in a multipart form. */
export async function upload(token: string, name: string, type: string, bytes: Buffer) {
  const form = new FormData()
  form.append("files", new Blob([new Uint8Array(bytes)], { type }), name)
  const res = await fetch(`${inject("backendUrl")}/admin/uploads`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
  return { status: res.status, body: (await res.json()) as any }
}
