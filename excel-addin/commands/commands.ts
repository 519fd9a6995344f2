/**
 * Ribbon commands. They run in the shared runtime (the task pane's page, loaded in the background
 * when a button is pressed first), so opening the pane is one call and needs no second page.
 */
export const OPEN_PANE = 'openPlanGate';

export async function openPane(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate(OPEN_PANE, (event: Office.AddinCommands.Event) => void openPane(event));
});
