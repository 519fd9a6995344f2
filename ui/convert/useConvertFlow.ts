import { useState } from 'react';
import type { InspectionDto, MappingDto, MergeReportDto, SourceRef } from '../../core/index.js';
import { useAction, type Action } from '../common/useAction.js';
import { useAsync } from '../common/useAsync.js';
import { usePane } from '../PaneContext.js';

export interface ConvertFlowProps {
  source: SourceRef;
  inspection: InspectionDto;
}

/** Everything the Convert flow shows and does: the table chosen, its mapping, the preview, the conversion. */
export function useConvertFlow({ source, inspection }: ConvertFlowProps) {
  const { service, changed, go } = usePane();
  const initial = Math.max(
    0,
    inspection.tables.findIndex((t) => t.verdict === 'plan'),
  );
  const [index, setIndex] = useState(initial);
  const [mapping, setMapping] = useState<MappingDto | null>(inspection.tables[initial]?.mapping ?? null);
  const key = JSON.stringify(mapping);
  const preview = useAsync(
    () => (mapping ? service.previewConversion(source, mapping) : Promise.resolve(null)),
    [service, key],
  );
  const conversion: Action<[MappingDto], MergeReportDto> = useAction(
    (m: MappingDto) => service.convert(source, m),
    changed,
  );
  return {
    inspection,
    index,
    table: inspection.tables[index],
    mapping,
    setMapping,
    /** Another table of the source: its own proposed mapping. */
    chooseTable: (i: number) => {
      setIndex(i);
      setMapping(inspection.tables[i].mapping);
    },
    preview,
    conversion,
    openRegister: () => go('register'),
  };
}

export type ConvertFlowState = ReturnType<typeof useConvertFlow>;
