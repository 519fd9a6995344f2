import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export function Warnings({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <ul style={{ margin: 0, paddingLeft: 16 }} aria-label="Warnings">
          {items.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
