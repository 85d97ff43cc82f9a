"use server";

import { z } from "zod";
import { userAction } from "@/server/actions/action";
import { endAllSessions } from "@/server/auth/sessions";

/** Ends every session of the user, on every device (this one signs out next). */
export const signOutEverywhereAction = userAction(z.object({}), async (_input, user) => ({ ended: await endAllSessions(user.id) }), { allowOneTimePassword: true });
