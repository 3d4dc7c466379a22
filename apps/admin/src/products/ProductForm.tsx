import { Grid } from '@mui/material';
import {
    ArrayInput,
    AutocompleteInput,
    ReferenceInput,
    required,
    SelectInput,
    SimpleForm,
    SimpleFormIterator,
    TextInput,
    useTranslate,
} from 'react-admin';
import { useDistrictChoices, useProductGroupChoices } from '../common/domain-labels';
import { VndInput } from '../common/VndInput';

/**
 * Product texts in Vietnamese and English, its producer, group and district (the OCOP profile), and
 * its variants with a VND price: the store sells in VND only (no USD region yet). New variants can
 * only be added when creating; editing changes names and prices of the existing ones.
 */
export function ProductForm({ isCreate = false }: { isCreate?: boolean }) {
    const translate = useTranslate();
    const groups = useProductGroupChoices();
    const districts = useDistrictChoices();
    const statuses = [
        { id: 'draft', name: translate('ocop.products.status.draft') },
        { id: 'published', name: translate('ocop.products.status.published') },
    ];
    return (
        <SimpleForm defaultValues={isCreate ? { status: 'draft', variants: [{ title: '', price: null }] } : undefined}>
            <Grid container columnSpacing={2} sx={{ width: '100%' }}>
                <Grid size={{ xs: 12, md: 6 }}>
                    <TextInput source="title" validate={required()} fullWidth />
                </Grid>
                <Grid size={{ xs: 12, md: 6 }}>
                    <TextInput source="title_en" fullWidth />
                </Grid>
                <Grid size={{ xs: 12, md: 6 }}>
                    <TextInput source="description" multiline minRows={3} fullWidth />
                </Grid>
                <Grid size={{ xs: 12, md: 6 }}>
                    <TextInput source="description_en" multiline minRows={3} fullWidth />
                </Grid>
                <Grid size={{ xs: 12, md: 4 }}>
                    <ReferenceInput source="producer_id" reference="producers">
                        <AutocompleteInput optionText="name" validate={required()} fullWidth />
                    </ReferenceInput>
                </Grid>
                <Grid size={{ xs: 12, md: 3 }}>
                    <SelectInput source="product_group" choices={groups} validate={required()} fullWidth />
                </Grid>
                <Grid size={{ xs: 12, md: 3 }}>
                    <SelectInput source="origin_district" choices={districts} validate={required()} fullWidth />
                </Grid>
                <Grid size={{ xs: 12, md: 2 }}>
                    <SelectInput source="status" choices={statuses} validate={required()} fullWidth />
                </Grid>
                {isCreate ? (
                    <Grid size={12}>
                        <TextInput source="handle" helperText="ocop.products.handle_help" fullWidth />
                    </Grid>
                ) : null}
            </Grid>
            <ArrayInput source="variants" validate={required()}>
                <SimpleFormIterator inline disableAdd={!isCreate} disableRemove={!isCreate} disableReordering>
                    <TextInput source="title" label="resources.products.fields.variant_title" validate={required()} helperText="ocop.products.variant_help" />
                    {isCreate ? <TextInput source="sku" label="resources.products.fields.sku" /> : null}
                    <VndInput source="price" label="resources.products.fields.price" validate={required()} />
                </SimpleFormIterator>
            </ArrayInput>
        </SimpleForm>
    );
}
