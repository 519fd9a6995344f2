/**
 * Ribbon commands, loaded by a small script of their own before the pane's code (taskpane.html),
 * so Office finds them registered on the first click: an action associated only after the large
 * pane script has loaded is missed by that click (office-js issue #3378, "Custom ribbon is not
 * working on the first click but requires users to click twice").
 *
 * The Open PlanGate button itself is a ShowTaskpane action (manifest.xml) and needs no code.
 * `openPlanGate` serves manifests deployed before that change, whose button was an ExecuteFunction;
 * `showAsTaskpane` still works where the add-in is not from the Microsoft Marketplace.
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
