/**
 * The demo accounts created by `npm start` in demo mode (see README). They
 * cannot sign in once demo mode is off.
 */
export const DEMO_PASSWORD = "factdeck-demo";

export const DEMO_ACCOUNTS = [
  { username: "teacher", name: "Demo Teacher", role: "teacher" },
  { username: "student", name: "Demo Student", role: "student" },
] as const;
