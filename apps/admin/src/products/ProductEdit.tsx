import { Edit, TopToolbar, useRecordContext } from 'react-admin';
import { PublishButton } from './PublishButton';
import { ProductForm } from './ProductForm';

function ProductTitle() {
    const record = useRecordContext<{ title?: string }>();
    return <span>{record?.title ?? ''}</span>;
}

/** Pessimistic: the OCOP profile's server rules answer with field errors shown next to inputs. */
export function ProductEdit() {
    return (
        <Edit
            mutationMode="pessimistic"
            title={<ProductTitle />}
            actions={
                <TopToolbar>
                    <PublishButton />
                </TopToolbar>
            }
        >
            <ProductForm />
        </Edit>
    );
}
