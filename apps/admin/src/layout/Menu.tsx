import { Menu as RaMenu, usePermissions, useResourceDefinitions } from 'react-admin';
import { canRead, RESOURCE_AREAS } from '../auth/roles';

/** The side menu: only the resources with a list that the signed-in role may read. */
export function Menu() {
    const { permissions } = usePermissions();
    const resources = useResourceDefinitions();
    const visible = Object.values(resources).filter((r) => {
        const area = RESOURCE_AREAS[r.name];
        return r.hasList && area !== undefined && canRead(permissions, area);
    });
    return (
        <RaMenu>
            <RaMenu.DashboardItem />
            {visible.map((r) => (
                <RaMenu.ResourceItem key={r.name} name={r.name} />
            ))}
        </RaMenu>
    );
}
