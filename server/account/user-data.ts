import "server-only";

/**
 * Every model that holds a user's data, with the part of the export that
 * carries it and what deleting the account does with it (decision 021).
 * `server/account/user-data.test.ts` fails when a model gains a relation to
 * User that is not listed here: list it, export it, and delete it.
 */
export const USER_DATA = {
  User: { exportedAs: ["profile", "accountsCreated"], onDelete: "deleted; accounts the user created lose the link (createdById)" },
  LearnerSettings: { exportedAs: ["settings"], onDelete: "deleted" },
  UserSession: { exportedAs: ["sessions"], onDelete: "deleted (the export leaves out session ids: they are secrets)" },
  Membership: { exportedAs: ["memberships"], onDelete: "deleted" },
  Attempt: {
    exportedAs: ["attempts"],
    onDelete: "deleted, except attempts at the assignments of the student's current classes: kept without the student, under a random key per class, with the items answered right",
  },
  Card: { exportedAs: ["cards"], onDelete: "deleted" },
  ReviewLog: { exportedAs: ["reviews"], onDelete: "deleted" },
  Class: { exportedAs: ["classesTaught"], onDelete: "refused while the teacher has classes: they delete them first" },
  Article: { exportedAs: ["articles"], onDelete: "deleted with their evidence" },
  Fact: { exportedAs: ["facts"], onDelete: "deleted with their evidence and item links" },
  Item: { exportedAs: ["items"], onDelete: "kept without an owner (students' cards and other teachers' assignments name them); the next content build retires them" },
  ItemSet: { exportedAs: ["sets"], onDelete: "deleted with their items' places and their shares" },
  SetShare: { exportedAs: ["sets", "setsSharedWithYou"], onDelete: "deleted" },
  ItemEdit: { exportedAs: ["itemEdits"], onDelete: "deleted" },
  // No relation: its keys name the account (counterRowsOf, server/rate-limit/limit.ts).
  RateLimiterFlexible: { exportedAs: ["rateLimits"], onDelete: "deleted" },
} as const;

export type UserDataModel = keyof typeof USER_DATA;
