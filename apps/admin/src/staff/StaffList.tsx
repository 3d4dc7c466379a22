import { Datagrid, ExportButton, FunctionField, List, SearchInput, SelectInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { DateViField } from '../common/DateViField';
import { ROLES } from '../auth/roles';
import { RoleSelect } from './RoleSelect';

/** Staff accounts and their roles (administrators only). Accounts are created by Medusa invites or its CLI. */
export function StaffList() {
    const translate = useTranslate();
    const roleChoices = [
        ...ROLES.map((role) => ({ id: role, name: translate(`ocop.role.${role}`) })),
        { id: 'none', name: translate('ocop.staff.role_none') },
    ];
    return (
        <List
            filters={[
                <SearchInput key="q" source="q" alwaysOn />,
                <SelectInput key="role" source="role" choices={roleChoices} />,
            ]}
            sort={{ field: 'email', order: 'ASC' }}
            actions={
                <TopToolbar>
                    <ExportButton />
                </TopToolbar>
            }
        >
            <Datagrid bulkActionButtons={false} rowClick={false}>
                <TextField source="email" />
                <FunctionField
                    source="last_name"
                    label="resources.staff.fields.last_name"
                    render={(r: { first_name?: string | null; last_name?: string | null }) =>
                        [r.last_name, r.first_name].filter(Boolean).join(' ')
                    }
                />
                <RoleSelect />
                <DateViField source="created_at" />
            </Datagrid>
        </List>
    );
}
