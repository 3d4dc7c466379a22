import { fireEvent, render, screen } from "@testing-library/react"
import { AdminContext, AutocompleteInput, Form, memoryStore } from "react-admin"
import { describe, expect, it } from "vitest"
import { i18nProvider } from "../i18n/i18n-provider"
import { createTheme, getContrastRatio } from "@mui/material/styles"
import { AA_PALETTE, lightTheme } from "./theme"

function renderPicker() {
  return render(
    <AdminContext i18nProvider={i18nProvider} theme={lightTheme} store={memoryStore()}>
      <Form>
        <AutocompleteInput source="district" choices={[{ id: "sa-pa", name: "Thị xã Sa Pa" }]} />
      </Form>
    </AdminContext>,
  )
}

describe("console theme", () => {
  it('says "no options" in Vietnamese where MUI would say it in English', async () => {
    renderPicker()
    const input = await screen.findByRole("combobox")
    fireEvent.change(input, { target: { value: "Hà Nội" } })
    expect(await screen.findByText("Không có lựa chọn phù hợp")).toBeTruthy()
    expect(screen.queryByText("No options")).toBeNull()
    // react-admin translates the other Autocomplete labels itself (the list is open: "close").
    expect(screen.getByTitle("Đóng")).toBeTruthy()
    expect(screen.queryByTitle("Close")).toBeNull()
  })

  it("follows the switch to English", async () => {
    await i18nProvider.changeLocale("en")
    try {
      renderPicker()
      fireEvent.change(await screen.findByRole("combobox"), { target: { value: "Hanoi" } })
      expect(await screen.findByText("No matching options")).toBeTruthy()
    } finally {
      await i18nProvider.changeLocale("vi")
    }
  })

  it("gives every palette colour AA contrast (4.5:1) with its text and on the page background", () => {
    const theme = createTheme(lightTheme)
    const background = theme.palette.background.default
    for (const name of Object.keys(AA_PALETTE) as (keyof typeof AA_PALETTE)[]) {
      const colour = theme.palette[name]
      expect(getContrastRatio(colour.main, colour.contrastText), `${name} text`).toBeGreaterThanOrEqual(4.5)
      expect(getContrastRatio(colour.main, background), `${name} on the background`).toBeGreaterThanOrEqual(4.5)
      expect(getContrastRatio(colour.main, "#ffffff"), `${name} on paper`).toBeGreaterThanOrEqual(4.5)
    }
    expect(getContrastRatio(theme.palette.text.secondary, background)).toBeGreaterThanOrEqual(4.5)
  })
})
