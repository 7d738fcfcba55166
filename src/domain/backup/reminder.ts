/** When to remind the user to back up: pure, the time comes in. */

export const backupReminderDays = 7
const day = 86_400_000

/**
 * Due when the user has had something to lose for `days` days without a
 * backup, and has not dismissed the reminder in the last `days` days.
 */
export function backupReminderDue(
  status: { lastBackupAt: number | null; dismissedAt: number | null; firstUseAt: number | null },
  now: number,
  days = backupReminderDays,
): boolean {
  if (status.firstUseAt === null) return false
  const since = status.lastBackupAt ?? status.firstUseAt
  if (now - since < days * day) return false
  return status.dismissedAt === null || now - status.dismissedAt >= days * day
}
