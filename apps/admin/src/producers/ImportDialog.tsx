import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
    Alert,
    Button as MuiButton,
    Dialog,
    DialogActions,
    DialogContent,
    DialogTitle,
    LinearProgress,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useDomainLocale } from '../common/domain-labels';
import { FileButton } from '../common/FileButton';
import type { OcopDataProvider } from '../providers/data-provider';
import { applyServerErrors, checkRows, importTemplate, rowsFromCsv, rowsFromWorkbook, type CheckedRow } from './import-rows';

/** FileReader rather than Blob.text(): it works in every browser the offices use (and in jsdom). */
function read(file: File, as: 'text' | 'buffer'): Promise<string | ArrayBuffer> {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string | ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        if (as === 'text') reader.readAsText(file, 'utf-8');
        else reader.readAsArrayBuffer(file);
    });
}

/** Reads the chosen file in the browser: CSV as UTF-8 text, anything else as a workbook. */
async function readFile(file: File) {
    if (/\.csv$/i.test(file.name) || file.type === 'text/csv') return rowsFromCsv((await read(file, 'text')) as string);
    return rowsFromWorkbook((await read(file, 'buffer')) as ArrayBuffer);
}

/**
 * Import of producers from the office's CSV/XLSX: a preview with each row's errors, and an import
 * button that stays disabled until every row is valid; the backend then writes all rows or none.
 */
export function ImportDialog() {
    const translate = useTranslate();
    const locale = useDomainLocale();
    const dataProvider = useDataProvider<OcopDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const [open, setOpen] = useState(false);
    const [rows, setRows] = useState<CheckedRow[] | null>(null);
    const [busy, setBusy] = useState(false);
    const invalid = rows?.filter((r) => Object.keys(r.errors).length > 0).length ?? 0;
    const canImport = !!rows && rows.length > 0 && invalid === 0 && !busy;

    const choose = async (file: File | undefined) => {
        if (!file) return;
        setRows(checkRows(await readFile(file), locale));
    };
    const run = async () => {
        if (!rows) return;
        setBusy(true);
        try {
            const { data } = await dataProvider.importProducers(rows.map((r) => r.data!));
            notify('ocop.import.done', { type: 'success', messageArgs: { smart_count: data.imported } });
            setOpen(false);
            setRows(null);
            refresh();
        } catch (error) {
            const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
            if (errors) setRows(applyServerErrors(rows, errors));
            notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
        } finally {
            setBusy(false);
        }
    };
    const template = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${importTemplate()}`)}`;

    return (
        <>
            <Button label="ocop.import.button" onClick={() => setOpen(true)}>
                <UploadFileIcon />
            </Button>
            <Dialog open={open} onClose={() => !busy && setOpen(false)} maxWidth="lg" fullWidth>
                <DialogTitle>{translate('ocop.import.title')}</DialogTitle>
                <DialogContent>
                    <Typography variant="body2" sx={{ mb: 1 }}>
                        {translate('ocop.import.help')}{' '}
                        <a href={template} download="chu-the-ocop-mau.csv">
                            {translate('ocop.import.template')}
                        </a>
                    </Typography>
                    <FileButton label="ocop.import.file" accept=".csv,.xlsx,.xls" disabled={busy} onFile={(file) => void choose(file)} />
                    {rows ? (
                        <Alert severity={invalid ? 'error' : 'success'} sx={{ my: 2 }}>
                            {invalid
                                ? translate('ocop.import.invalid', { smart_count: invalid, total: rows.length })
                                : translate('ocop.import.ready', { smart_count: rows.length })}
                        </Alert>
                    ) : null}
                    {busy ? <LinearProgress aria-label={translate('ocop.import.running')} sx={{ mb: 2 }} /> : null}
                    {rows && rows.length > 0 ? <PreviewTable rows={rows} /> : null}
                </DialogContent>
                <DialogActions>
                    <MuiButton onClick={() => setOpen(false)} disabled={busy}>
                        {translate('ra.action.cancel')}
                    </MuiButton>
                    <MuiButton variant="contained" onClick={() => void run()} disabled={!canImport}>
                        {translate('ocop.import.run', { smart_count: rows?.length ?? 0 })}
                    </MuiButton>
                </DialogActions>
            </Dialog>
        </>
    );
}

/** Row number as the spreadsheet shows it (header is row 1), name, handle and what is wrong. */
function PreviewTable({ rows }: { rows: CheckedRow[] }) {
    const translate = useTranslate();
    return (
        <Table size="small">
            <TableHead>
                <TableRow>
                    <TableCell>{translate('ocop.import.row')}</TableCell>
                    <TableCell>{translate('resources.producers.fields.name')}</TableCell>
                    <TableCell>{translate('resources.producers.fields.handle')}</TableCell>
                    <TableCell>{translate('ocop.import.errors')}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {rows.map((row) => (
                    <TableRow key={row.index} selected={Object.keys(row.errors).length > 0}>
                        <TableCell>{row.index + 2}</TableCell>
                        <TableCell>{String(row.raw.name ?? '')}</TableCell>
                        <TableCell>{String(row.raw.handle ?? '')}</TableCell>
                        <TableCell sx={{ color: 'error.main' }}>
                            {Object.entries(row.errors)
                                .map(([field, message]) => `${translate(`resources.producers.fields.${field}`, { _: field })}: ${message}`)
                                .join('; ')}
                        </TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
}
