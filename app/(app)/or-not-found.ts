import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/actions/result";

/** The record the data layer found, or the 404 page when it does not exist or is not the actor's (NotFoundError). */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
