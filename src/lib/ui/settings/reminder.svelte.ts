/** Whether the backup reminder shows; an export of everything turns it off at once. */
export const backupReminder = $state({ due: false });
