import "server-only";

/** The columns every list of assignments shows: what it is, when, how much, and its pool of items. */
export const ASSIGNMENT_SUMMARY = {
  id: true,
  title: true,
  mode: true,
  opensAt: true,
  dueAt: true,
  timeZone: true,
  questionCount: true,
  attemptsAllowed: true,
  itemIds: true,
} as const;
