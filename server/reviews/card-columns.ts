import "server-only";

/** The Card columns the scheduler needs (lib/srs/scheduler.ts cardFromRow). */
export const SCHEDULING_COLUMNS = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;
