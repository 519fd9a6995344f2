import { useState } from 'react';
import { Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { MappingDto, QuestionDto, TableDto } from '../../core/index.js';
import { usePaneStyles } from '../common/layout.js';

interface Props {
  table: TableDto;
  mapping: MappingDto;
  onChange: (mapping: MappingDto) => void;
}

/** The answer a question has in the mapping being edited, or what the importer assumed. */
function answerOf(q: QuestionDto, mapping: MappingDto): string {
  if (q.kind === 'currency') return mapping.currency ?? q.assumed;
  if (q.kind === 'plan-year') return mapping.planYear !== undefined ? String(mapping.planYear) : q.assumed;
  return q.assumed;
}

/** An ISO code typed letter by letter: the mapping takes it once it has three letters. */
function CurrencyAnswer({
  question,
  mapping,
  onChange,
}: {
  question: QuestionDto;
  mapping: MappingDto;
  onChange: (mapping: MappingDto) => void;
}) {
  const [text, setText] = useState(answerOf(question, mapping));
  return (
    <Field
      label="Currency of the plan"
      hint={question.text}
      size="small"
      validationMessage={/^[A-Z]{3}$/.test(text) ? undefined : 'Type the ISO code, e.g. EUR, USD, BRL.'}
    >
      <Input
        size="small"
        value={text}
        maxLength={3}
        onChange={(_, d) => {
          const code = d.value.trim().toUpperCase();
          setText(code);
          if (/^[A-Z]{3}$/.test(code)) onChange({ ...mapping, currency: code });
        }}
      />
    </Field>
  );
}

/**
 * What the sheet leaves open, each with the importer's assumption as the answer until the user
 * types another. Answers go into the mapping, which the conversion saves, so a re-import asks
 * nothing. The plan column is chosen in the mapping below.
 */
export function ImportQuestions({ table, mapping, onChange }: Props) {
  const s = usePaneStyles();
  const questions = table.questions ?? [];
  if (questions.length === 0) return null;
  return (
    <div role="group" aria-label="Questions before converting" className={s.figures}>
      {questions.map((q) => {
        if (q.kind === 'currency')
          return <CurrencyAnswer key={q.kind} question={q} mapping={mapping} onChange={onChange} />;
        if (q.kind === 'plan-year')
          return (
            <Field key={q.kind} label="Year of the plan" hint={q.text} size="small">
              <Input
                size="small"
                type="number"
                value={answerOf(q, mapping)}
                onChange={(_, d) => {
                  const year = Number(d.value);
                  if (Number.isInteger(year) && year >= 1900 && year <= 2200)
                    onChange({ ...mapping, planYear: year });
                }}
              />
            </Field>
          );
        return (
          <MessageBar key={q.kind} intent="info" layout="multiline">
            <MessageBarBody>
              {q.text} Assumed: {q.assumed}. Change it in the mapping below if it is wrong.
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </div>
  );
}
