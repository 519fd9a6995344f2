import { useEffect, useState } from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { GovernanceService } from '../core/index.js';
import type { ObservableWorkbook } from './observable-workbook.js';
import { peopleOf, type Person } from './people.js';

interface Props {
  workbook: ObservableWorkbook;
  service: GovernanceService;
  current: string;
  onChange: (name: string) => void;
}

/** Pick whom to act as, from the people the workbook names, so one person can play every role. */
export function ActingAs({ workbook, service, current, onChange }: Props) {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    const load = () => {
      const book = workbook.book;
      const grids = book.sheetNames().map((n) => book.grid(n) ?? []);
      service.settings().then(
        (s) => setPeople(peopleOf(grids, s, current)),
        () => setPeople(peopleOf(grids, null, current)),
      );
    };
    load();
    return workbook.onAnyChange(load);
  }, [workbook, service, current]);
  const listed = people.some((p) => p.name === current);
  return (
    <Field label="Acting as" orientation="horizontal" size="small">
      <Select size="small" value={current} onChange={(_, d) => onChange(d.value)}>
        {!listed && <option value={current}>{current}</option>}
        {people.map((p) => (
          <option key={p.name} value={p.name}>
            {p.name} ({p.roles.length > 0 ? p.roles.join(', ') : 'declared'})
          </option>
        ))}
      </Select>
    </Field>
  );
}
