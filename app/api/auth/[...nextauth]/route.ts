import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, context);
}

/**
 * Sign-in with a password is a POST. next-auth answers a GET of its
 * credentials callback by throwing, which would be a 500: it gets a 405
 * saying so instead.
 */
async function get(request: Request, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  if (action === "callback" && provider === "credentials") {
    return Response.json({ error: "Sign in with a POST from the sign-in page." }, { status: 405, headers: { Allow: "POST" } });
  }
  return handler(request, context);
}

export { get as GET, handler as POST };
