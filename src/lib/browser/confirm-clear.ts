/**
 * The "Clear all" pattern both tools share: the first button reveals a confirmation box and
 * moves focus to its Cancel button; confirming runs the tool's own clearing, cancelling says
 * that nothing changed. Returns the three action handlers, keyed by their data-action names.
 */
export function clearActions(confirmBox: HTMLElement, say: (text: string) => void, onConfirm: () => void) {
  return {
    clear: () => {
      confirmBox.hidden = false;
      confirmBox.querySelector<HTMLButtonElement>('[data-action="cancel-clear"]')!.focus();
    },
    'cancel-clear': () => {
      confirmBox.hidden = true;
      say('Nothing was cleared.');
    },
    'confirm-clear': () => {
      confirmBox.hidden = true;
      onConfirm();
    },
  };
}
