/**
 * Draws a simple SVG picture into a PDF box. PDFKit embeds JPEG and PNG only, and the demo data's
 * product pictures are SVG drawings (uploads are JPEG/PNG/WebP/GIF, decision 020), so the printed
 * catalogue draws those itself: `rect`, `circle`, `ellipse`, `line`, `polygon`, `polyline` and
 * `path` (PDFKit reads SVG path data), nested `g`, `rotate/translate/scale` transforms, fill,
 * stroke, opacities, line caps, joins and dashes. Text, gradients and anything else are left out,
 * so a picture from elsewhere may print with parts missing, never with script run.
 */

type Style = Record<string, string>

const INHERITED = [
  "fill",
  "stroke",
  "stroke-width",
  "opacity",
  "fill-opacity",
  "stroke-opacity",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-dasharray",
]

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function attributes(text: string): Style {
  const out: Style = {}
  for (const m of text.matchAll(ATTRIBUTE)) out[m[1]!] = m[2] ?? m[3] ?? ""
  // style="fill:#fff;stroke:none" wins over the attributes, as in a browser.
  for (const decl of (out.style ?? "").split(";")) {
    const [k, v] = decl.split(":").map((s) => s?.trim())
    if (k && v) out[k] = v
  }
  return out
}

const numbers = (text: string | undefined) =>
  (text ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isFinite)

const num = (text: string | undefined, fallback = 0) => {
  const n = Number.parseFloat(text ?? "")
  return Number.isFinite(n) ? n : fallback
}

/** Applies an SVG transform list (rotate, translate, scale) to the PDF's current matrix. */
function applyTransform(doc: PDFKit.PDFDocument, transform: string | undefined) {
  for (const m of (transform ?? "").matchAll(/(rotate|translate|scale)\s*\(([^)]*)\)/g)) {
    const args = numbers(m[2])
    if (m[1] === "rotate" && args.length) {
      doc.rotate(args[0]!, args.length >= 3 ? { origin: [args[1]!, args[2]!] } : undefined)
    } else if (m[1] === "translate" && args.length) {
      doc.translate(args[0]!, args[1] ?? 0)
    } else if (m[1] === "scale" && args.length) {
      doc.scale(args[0]!, args[1] ?? args[0]!)
    }
  }
}

/** Adds the element's outline to the current path; false when it is not a shape we draw. */
function outline(doc: PDFKit.PDFDocument, tag: string, a: Style): boolean {
  switch (tag) {
    case "rect": {
      const w = num(a.width)
      const h = num(a.height)
      if (w <= 0 || h <= 0) return false
      const r = num(a.rx ?? a.ry)
      if (r > 0) doc.roundedRect(num(a.x), num(a.y), w, h, r)
      else doc.rect(num(a.x), num(a.y), w, h)
      return true
    }
    case "circle":
      if (num(a.r) <= 0) return false
      doc.circle(num(a.cx), num(a.cy), num(a.r))
      return true
    case "ellipse":
      if (num(a.rx) <= 0 || num(a.ry) <= 0) return false
      doc.ellipse(num(a.cx), num(a.cy), num(a.rx), num(a.ry))
      return true
    case "line":
      doc.moveTo(num(a.x1), num(a.y1)).lineTo(num(a.x2), num(a.y2))
      return true
    case "polygon":
    case "polyline": {
      const p = numbers(a.points)
      if (p.length < 4) return false
      doc.moveTo(p[0]!, p[1]!)
      for (let i = 2; i + 1 < p.length; i += 2) doc.lineTo(p[i]!, p[i + 1]!)
      if (tag === "polygon") doc.closePath()
      return true
    }
    case "path":
      if (!a.d) return false
      doc.path(a.d)
      return true
    default:
      return false
  }
}

function paint(doc: PDFKit.PDFDocument, tag: string, s: Style) {
  const opacity = num(s.opacity, 1)
  // A line has nothing to fill; every other shape is black unless told otherwise, as in SVG.
  const fill = tag === "line" || tag === "polyline" ? (s.fill ?? "none") : (s.fill ?? "black")
  const stroke = s.stroke ?? "none"
  const hasFill = fill !== "none" && !fill.startsWith("url(")
  const hasStroke = stroke !== "none" && !stroke.startsWith("url(") && num(s["stroke-width"], 1) > 0
  if (!hasFill && !hasStroke) return
  doc.fillOpacity(opacity * num(s["fill-opacity"], 1))
  doc.strokeOpacity(opacity * num(s["stroke-opacity"], 1))
  if (hasStroke) {
    doc.lineWidth(num(s["stroke-width"], 1))
    const cap = s["stroke-linecap"]
    if (cap === "round" || cap === "square" || cap === "butt") doc.lineCap(cap)
    const join = s["stroke-linejoin"]
    if (join === "round" || join === "bevel" || join === "miter") doc.lineJoin(join)
    const dash = numbers(s["stroke-dasharray"]).filter((n) => n > 0)
    if (dash.length) doc.dash(dash[0]!, { space: dash[1] ?? dash[0]! })
  }
  if (hasFill && hasStroke) doc.fillAndStroke(fill, stroke)
  else if (hasFill) doc.fill(fill)
  else doc.stroke(stroke)
}

/** Whether the bytes look like an SVG document. */
export function isSvg(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 512).toString("utf8").trimStart()
  return head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))
}

/**
 * Draws `svg` scaled to fit the box (keeping its proportions, centred). Returns false when the text
 * has no `<svg>` root, so the caller can draw a placeholder instead.
 */
export function drawSvg(doc: PDFKit.PDFDocument, svg: string, box: { x: number; y: number; w: number; h: number }) {
  const tags = [...svg.replace(/<!--[\s\S]*?-->/g, "").matchAll(TAG)]
  const root = tags.find((t) => t[2] === "svg" && !t[1])
  if (!root) return false
  const r = attributes(root[3] ?? "")
  const view = numbers(r.viewBox)
  const [vx, vy, vw, vh] = view.length === 4 ? view : [0, 0, num(r.width, 100), num(r.height, 100)]
  if (!(vw! > 0 && vh! > 0)) return false
  const scale = Math.min(box.w / vw!, box.h / vh!)
  doc.save()
  doc.rect(box.x, box.y, box.w, box.h).clip()
  doc.translate(box.x + (box.w - vw! * scale) / 2, box.y + (box.h - vh! * scale) / 2)
  doc.scale(scale)
  doc.translate(-vx!, -vy!)
  const styles: Style[] = [{}]
  let skipping = 0
  for (const [, closing, rawTag, attrText, selfClosing] of tags) {
    const tag = rawTag!.toLowerCase()
    if (tag === "svg") continue
    // Definitions, text and the like are not drawn, and nor is anything inside them.
    const container = tag === "g"
    if (!container && !outlineTag(tag)) {
      if (!selfClosing) skipping += closing ? -1 : 1
      continue
    }
    if (skipping > 0) continue
    if (closing) {
      if (container && styles.length > 1) {
        styles.pop()
        doc.restore()
      }
      continue
    }
    const a = attributes(attrText ?? "")
    const inherited = styles[styles.length - 1]!
    const style: Style = { ...inherited }
    for (const key of INHERITED) if (a[key] !== undefined) style[key] = a[key]!
    if (a.opacity !== undefined) style.opacity = String(num(inherited.opacity, 1) * num(a.opacity, 1))
    doc.save()
    applyTransform(doc, a.transform)
    if (container) {
      if (selfClosing) doc.restore()
      else styles.push(style)
      continue
    }
    if (outline(doc, tag, a)) paint(doc, tag, style)
    doc.restore()
  }
  while (styles.length > 1) {
    styles.pop()
    doc.restore()
  }
  doc.restore()
  return true
}

const outlineTag = (tag: string) => ["rect", "circle", "ellipse", "line", "polygon", "polyline", "path"].includes(tag)
