/** Saves bytes as a file the browser downloads (XLSX exports). */
export function downloadFile(bytes: ArrayBuffer, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  link.click()
  // Revoked once the click has handed the file over.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
