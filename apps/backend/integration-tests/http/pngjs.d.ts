/** The part of pngjs (no bundled types) the PDF tests use. */
declare module "pngjs" {
  export const PNG: {
    sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } }
  }
}
