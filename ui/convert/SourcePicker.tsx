import { useState } from 'react';
import { Button, Field, Select, Text } from '@fluentui/react-components';
import type { SourceRef } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';
import { fileToSource } from './fileToSource.js';

interface Props {
  /** "plan" or "actuals": used in labels so two pickers on one pane stay distinguishable. */
  what: string;
  sheets: string[];
  busy: boolean;
  onPick: (source: SourceRef) => void;
}

/** Choose one of the user's sheets, or upload an .xlsx/.xlsm/.ods/.csv file. */
export function SourcePicker({ what, sheets, busy, onPick }: Props) {
  const s = usePaneStyles();
  const [sheet, setSheet] = useState(sheets[0] ?? '');
  const [fileError, setFileError] = useState<string | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    try {
      onPick(await fileToSource(file));
    } catch {
      setFileError(`Could not read ${file.name}. Pick the file again, or save it as .xlsx or .csv first.`);
    }
  };
  return (
    <div className={s.row}>
      {sheets.length > 0 ? (
        <>
          <Field label={`Sheet with the ${what}`} className={s.grow}>
            <Select value={sheet} onChange={(_, d) => setSheet(d.value)}>
              {sheets.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </Select>
          </Field>
          <Button
            appearance="primary"
            disabled={busy || !sheet}
            onClick={() => onPick({ kind: 'sheet', sheet })}
          >
            Read {what} sheet
          </Button>
        </>
      ) : (
        <Text>This workbook has no sheets of your own. Upload a file instead.</Text>
      )}
      <Field
        label={`Or upload a file with the ${what}`}
        className={s.grow}
        validationMessage={fileError ?? undefined}
      >
        {(field) => (
          <input
            {...field}
            type="file"
            accept=".xlsx,.xlsm,.xls,.ods,.csv,.txt"
            disabled={busy}
            onChange={(e) => void upload(e.target.files?.[0])}
          />
        )}
      </Field>
    </div>
  );
}
