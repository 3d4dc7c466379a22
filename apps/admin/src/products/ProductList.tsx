import InventoryIcon from '@mui/icons-material/Inventory2';
import {
    AutocompleteInput,
    BooleanField,
    Datagrid,
    List,
    NumberField,
    ReferenceField,
    ReferenceInput,
    SearchInput,
    SelectField,
    SelectInput,
    TextField,
    useTranslate,
} from 'react-admin';
import { ListActions } from '../common/ListActions';
import { canEditRegister } from '../auth/roles';
import { useDistrictChoices, useProductGroupChoices } from '../common/domain-labels';
import { EmptyState } from '../common/EmptyState';
import { VndField } from '../common/VndField';
import { PublishButton } from './PublishButton';

/** OCOP products with their producer, group, district, stars and whether buyers see them. */
export function ProductList() {
    const translate = useTranslate();
    const groups = useProductGroupChoices();
    const districts = useDistrictChoices();
    const yesNo = [
        { id: 'true', name: translate('ocop.products.status.published') },
        { id: 'false', name: translate('ocop.products.status.draft') },
    ];
    const certificate = [
        { id: 'in_force', name: translate('ocop.products.certificate.in_force') },
        { id: 'none', name: translate('ocop.products.certificate.none') },
    ];
    const filters = [
        <SearchInput key="q" source="q" alwaysOn />,
        <ReferenceInput key="producer_id" source="producer_id" reference="producers">
            <AutocompleteInput optionText="name" />
        </ReferenceInput>,
        <SelectInput key="product_group" source="product_group" choices={groups} />,
        <SelectInput key="origin_district" source="origin_district" choices={districts} />,
        <SelectInput key="certificate_status" source="certificate_status" choices={certificate} />,
        <SelectInput key="published" source="published" choices={yesNo} />,
    ];
    return (
        <List
            filters={filters}
            sort={{ field: 'product_created_at', order: 'DESC' }}
            actions={<ListActions canCreate={canEditRegister} />}
            empty={<EmptyState message="ocop.empty.products" icon={<InventoryIcon />} />}
        >
            <Datagrid rowClick="edit" bulkActionButtons={false}>
                <TextField source="title" />
                <ReferenceField source="producer_id" reference="producers" link="show" sortable={false} />
                <SelectField source="product_group" choices={groups} sortable={false} />
                <SelectField source="origin_district" choices={districts} sortable={false} />
                <NumberField source="star_level" />
                <BooleanField source="is_certified" sortable={false} />
                <BooleanField source="published" sortable={false} />
                <VndField source="min_price" />
                <PublishButton />
            </Datagrid>
        </List>
    );
}
