import { z } from "zod";

export const CLASS_NAME_MAX = 100;

export const classNameSchema = z
  .string({ error: "Enter a class name." })
  .trim()
  .min(1, "Enter a class name.")
  .max(CLASS_NAME_MAX, `Class names have at most ${CLASS_NAME_MAX} characters.`);

export const classIdSchema = z.string().min(1).max(64);
