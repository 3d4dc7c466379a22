import { Admin, Resource } from 'react-admin';
import { guardResource } from './auth/guarded';
import certifications from './certifications';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n/i18n-provider';
import { Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/theme';
import { LoginPage } from './layout/LoginPage';
import orders from './orders';
import producers from './producers';
import products from './products';
import { authProvider, dataProvider } from './providers';
import staff from './staff';

/**
 * The OCOP Lào Cai operations console. Every resource is declared for every role so that a
 * forbidden URL shows "access denied" instead of "not found"; the menu and guards follow the role.
 */
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
            <Resource name="producers" {...guardResource('register', producers)} />
            <Resource name="certifications" {...guardResource('certificates', certifications)} />
            <Resource name="products" {...guardResource('register', products)} />
            <Resource name="orders" {...guardResource('orders', orders)} />
            <Resource name="staff" {...guardResource('staff', staff)} />
        </Admin>
    );
}
