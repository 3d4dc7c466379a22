import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, ToggleThemeButton } from 'react-admin';

/**
 * react-admin's app bar with the Vietnamese/English switch spelled out, so it stays visible even
 * if react-admin's default toolbar changes.
 */
export function AppBar() {
    return (
        <RaAppBar
            toolbar={
                <>
                    <LocalesMenuButton />
                    <ToggleThemeButton />
                    <LoadingIndicator />
                </>
            }
        >
            <TitlePortal />
        </RaAppBar>
    );
}
