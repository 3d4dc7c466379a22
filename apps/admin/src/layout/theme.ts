import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

// Vietnamese menu labels ("Giấy chứng nhận OCOP") are longer than react-admin's 240px sidebar.
const sidebar = { width: 260, closedWidth: 55 };

export const lightTheme: RaThemeOptions = { ...defaultLightTheme, sidebar };
export const darkTheme: RaThemeOptions = { ...defaultDarkTheme, sidebar };
