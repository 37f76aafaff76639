/**
 * The "Clear all" pattern both tools share: the first button reveals a confirmation box (a group
 * whose warning is its description) and moves focus to its Cancel button; confirming runs the
 * tool's own clearing, which says what it cleared and moves focus on itself; cancelling says
 * that nothing changed and takes focus back to the button that opened the box, as the button
 * pressed has just been hidden. Returns the three action handlers, keyed by their data-action names.
 */
export function clearActions(confirmBox: HTMLElement, say: (text: string) => void, onConfirm: () => void) {
  const opener = () => confirmBox.parentElement?.querySelector<HTMLElement>('[data-action="clear"]');
  return {
    clear: () => {
      confirmBox.hidden = false;
      confirmBox.querySelector<HTMLButtonElement>('[data-action="cancel-clear"]')!.focus();
    },
    'cancel-clear': () => {
      confirmBox.hidden = true;
      say('Nothing was cleared.');
      opener()?.focus();
    },
    'confirm-clear': () => {
      confirmBox.hidden = true;
      onConfirm();
    },
  };
}
