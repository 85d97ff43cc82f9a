import { z } from "zod";

export const ROLES = ["student", "teacher"] as const;
export type Role = (typeof ROLES)[number];

import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from "./limits";

export { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN };

export const usernameSchema = z
  .string({ error: "Enter a username." })
  .trim()
  .min(1, { error: "Enter a username.", abort: true })
  .min(USERNAME_MIN, { error: `Usernames have at least ${USERNAME_MIN} characters.`, abort: true })
  .max(USERNAME_MAX, { error: `Usernames have at most ${USERNAME_MAX} characters.`, abort: true })
  .regex(/^[a-zA-Z0-9._-]+$/, "Use only letters, digits, dots, dashes and underscores in a username.")
  .transform((value) => value.toLowerCase());

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Passwords have at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Passwords have at most ${PASSWORD_MAX} characters.`);

/** A person's display name, as sign-up and the account page take it. */
export const nameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(NAME_MAX, `Names have at most ${NAME_MAX} characters.`);

export const signUpSchema = z.object({
  name: nameSchema,
  username: usernameSchema,
  email: z
    .string()
    .trim()
    .max(254, "That email address is too long.")
    .transform((value) => (value === "" ? undefined : value.toLowerCase()))
    .pipe(z.email("Enter a valid email address, or leave it empty.").optional())
    .optional(),
  password: passwordSchema,
  role: z.enum(ROLES, { error: "Choose student or teacher." }),
});

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  /** A username or an email address. */
  login: z
    .string()
    .trim()
    .min(1, "Enter your username or email.")
    .max(254)
    .refine((value) => !value.includes("\u0000"), "Usernames and email addresses have no NUL characters.")
    .transform((value) => value.toLowerCase()),
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
});

/** The account page's name form. */
export const changeNameSchema = z.object({ name: nameSchema });

/** The account page's password form: the current password, then the new one twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(PASSWORD_MAX),
    password: passwordSchema,
    confirm: z.string({ error: "Type the new password again." }),
  })
  .refine((input) => input.password === input.confirm, { path: ["confirm"], error: "The two passwords are not the same. Type it again." });
