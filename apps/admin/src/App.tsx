import { Admin, Resource } from 'react-admin';
import certifications from './certifications';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n/i18n-provider';
import { Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/theme';
import { LoginPage } from './layout/LoginPage';
import producers from './producers';
import { authProvider, dataProvider } from './providers';

/** The OCOP Lào Cai operations console. */
export function App() {
    return (
        <Admin
            disableTelemetry
            title="OCOP Lào Cai"
            dataProvider={dataProvider}
            authProvider={authProvider}
            i18nProvider={i18nProvider}
            dashboard={Dashboard}
            layout={Layout}
            loginPage={LoginPage}
            requireAuth
            theme={lightTheme}
            darkTheme={darkTheme}
        >
            <Resource name="producers" {...producers} />
            <Resource name="certifications" {...certifications} />
            {/* No screens yet: declared so certificate forms can look products up by title. */}
            <Resource name="products" recordRepresentation="title" />
        </Admin>
    );
}
