import { Box, Button } from "@mui/material"
import { BrowserMultiFormatReader, type IScannerControls } from "@zxing/browser"
import { useEffect, useRef, useState } from "react"
import { useTranslate } from "react-admin"

/**
 * Reads barcodes and QR codes with the tablet's camera (@zxing/browser). A scanner that types
 * needs none of this: it types into the search box and ends with Enter.
 */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const translate = useTranslate()
  const video = useRef<HTMLVideoElement>(null)
  const [on, setOn] = useState(false)
  useEffect(() => {
    if (!on || !video.current) return
    let controls: IScannerControls | undefined
    let last = ""
    const reader = new BrowserMultiFormatReader()
    reader
      .decodeFromVideoDevice(undefined, video.current, (result) => {
        const text = result?.getText()
        // The camera reads the same code many times a second: one add per code shown.
        if (text && text !== last) {
          last = text
          onCode(text)
        }
      })
      .then((c) => (controls = c))
      .catch(() => setOn(false))
    return () => controls?.stop()
  }, [on, onCode])
  return (
    <Box>
      <Button variant="outlined" onClick={() => setOn(!on)}>
        {translate(on ? "ocop.counter.scan_stop" : "ocop.counter.scan")}
      </Button>
      {on ? <video ref={video} style={{ width: "100%", maxHeight: 220, marginTop: 8 }} muted playsInline /> : null}
    </Box>
  )
}
