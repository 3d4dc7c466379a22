import { describe, expect, it } from "vitest"
import { sniffImage, storedFileName } from "./image-files"

describe("sniffImage", () => {
  it("knows JPEG, PNG, GIF and WebP by their first bytes", () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toEqual({ type: "image/jpeg", extension: "jpg" })
    expect(sniffImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toEqual({
      type: "image/png",
      extension: "png",
    })
    expect(sniffImage(Buffer.from("GIF89a...", "latin1"))).toEqual({ type: "image/gif", extension: "gif" })
    expect(sniffImage(Buffer.from("RIFF\x10\x00\x00\x00WEBPVP8 ", "latin1"))).toEqual({
      type: "image/webp",
      extension: "webp",
    })
  })

  it("refuses anything else, also SVG and HTML", () => {
    expect(sniffImage(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeUndefined()
    expect(sniffImage(Buffer.from("<html></html>"))).toBeUndefined()
    expect(sniffImage(Buffer.alloc(0))).toBeUndefined()
  })
})

describe("storedFileName", () => {
  it("folds Vietnamese, drops folders and takes the extension of the real type", () => {
    expect(storedFileName("Ảnh mật ong.PNG", "png")).toBe("anh-mat-ong.png")
    expect(storedFileName("../../etc/passwd.html", "jpg")).toBe("etc-passwd.jpg")
    expect(storedFileName("....", "gif")).toBe("anh.gif")
  })
})
