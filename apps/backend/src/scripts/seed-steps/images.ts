import fs from "node:fs/promises"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import type { DrawingName } from "../seed-data/types"
import type { SeedContext } from "./context"

/** Where the drawings live in the source tree (the compiled seed runs from .medusa/server, which has no SVGs). */
function drawingsDir(): string[] {
  return [
    path.join(__dirname, "../seed-data/images"),
    path.join(process.cwd(), "src/scripts/seed-data/images"),
    // .medusa/server/src/scripts/seed-steps → the backend's source tree
    path.join(__dirname, "../../../../../src/scripts/seed-data/images"),
  ]
}

async function readDrawing(name: DrawingName): Promise<string> {
  for (const dir of drawingsDir()) {
    const text = await fs.readFile(path.join(dir, `${name}.svg`), "utf8").catch(() => null)
    if (text !== null) return text
  }
  throw new Error(`seed drawing ${name}.svg not found in ${drawingsDir().join(" or ")}`)
}

/**
 * Uploads SVGs through Medusa's file module (the local provider writes them to static/ and serves
 * them at /static); each drawing is uploaded at most once per run and only when something new needs it.
 */
export class SeedImages {
  private readonly urls = new Map<string, Promise<string>>()
  uploaded = 0

  constructor(private readonly ctx: SeedContext) {}

  /** Public URL of a product drawing. */
  drawing(name: DrawingName): Promise<string> {
    return this.once(`drawing:${name}`, async () => this.upload(`demo/${name}.svg`, await readDrawing(name)))
  }

  /** Public URL of a generated monogram logo for a producer. */
  logo(handle: string, name: string, colour: string): Promise<string> {
    return this.once(`logo:${handle}`, () => this.upload(`demo/logo-${handle}.svg`, monogramSvg(name, colour)))
  }

  private once(key: string, make: () => Promise<string>): Promise<string> {
    let url = this.urls.get(key)
    if (!url) {
      url = make()
      this.urls.set(key, url)
    }
    return url
  }

  private async upload(filename: string, svg: string): Promise<string> {
    const files = this.ctx.container.resolve(Modules.FILE)
    const [file] = await files.createFiles([
      { filename, mimeType: "image/svg+xml", content: Buffer.from(svg, "utf8").toString("base64"), access: "public" },
    ])
    this.uploaded++
    return file.url
  }
}

const KIND_PREFIX = /^(HTX|Hợp tác xã|Tổ hợp tác|Công ty Cổ phần|Công ty TNHH|Hộ kinh doanh)\s+/iu

/** Two letters for a monogram: the first letters of the first two words after the kind ("HTX Chè Bản Liền" → "CB"). */
export function monogramLetters(name: string): string {
  const words = name.replace(KIND_PREFIX, "").split(/\s+/u).filter(Boolean)
  return words
    .slice(0, 2)
    .map((w) => w[0]!.toLocaleUpperCase("vi"))
    .join("")
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A round monogram logo, 800×800, in the producer's colour. */
export function monogramSvg(name: string, colour: string): string {
  const letters = escapeXml(monogramLetters(name))
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800">`,
    `<rect width="800" height="800" fill="#FFFDF7"/>`,
    `<circle cx="400" cy="400" r="330" fill="${colour}"/>`,
    `<circle cx="400" cy="400" r="290" fill="none" stroke="#FFFFFF" stroke-width="10" opacity=".7"/>`,
    `<path d="M190 560l110-130 70 80 60-70 180 120" fill="none" stroke="#FFFFFF" stroke-width="14" stroke-linejoin="round" opacity=".5"/>`,
    `<text x="400" y="450" text-anchor="middle" font-family="'Be Vietnam Pro','Noto Sans',Arial,sans-serif" font-size="230" font-weight="700" fill="#FFFFFF">${letters}</text>`,
    `</svg>`,
  ].join("")
}
