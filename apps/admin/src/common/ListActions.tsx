import type { ReactNode } from 'react';
import { CreateButton, ExportButton, FilterButton, TopToolbar, usePermissions } from 'react-admin';

/**
 * A list's toolbar: the filter button where a list has hidden filters, "create" only for roles that
 * may write (the backend refuses the others anyway), the list's own extra actions, then CSV export.
 */
export function ListActions({
    canCreate,
    filterButton = false,
    children,
}: {
    canCreate?: (permissions: unknown) => boolean;
    filterButton?: boolean;
    children?: ReactNode;
}) {
    const { permissions } = usePermissions();
    const writable = canCreate ? canCreate(permissions) : false;
    return (
        <TopToolbar>
            {filterButton ? <FilterButton /> : null}
            {writable ? <CreateButton /> : null}
            {writable ? children : null}
            <ExportButton />
        </TopToolbar>
    );
}
