import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { RateLimitedError } from "@/lib/actions/result";
import { authCookies, isHttpsUrl } from "@/lib/auth/cookies";
import { signInSchema } from "@/lib/users/validation";
import { clientAddress } from "@/server/auth/client-address";
import { authSecret } from "@/server/auth/secret";
import { endSession, openSession } from "@/server/auth/sessions";
import { verifyCredentials } from "@/server/users/verify-credentials";

/** How long a session token lasts at most, in seconds, however often it is used; a session also ends after a week unused (server/auth/sessions.ts). */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * What a session token holds (set once, at sign-in) and what a session
 * shows of it. The end-to-end fixtures mint tokens with the same jwt callback.
 */
export const authCallbacks: NonNullable<NextAuthOptions["callbacks"]> = {
  async jwt({ token, user }) {
    if (user) {
      token.sid = await openSession(user.id);
      token.sub = user.id;
      token.name = user.name;
      token.username = user.username;
      token.role = user.role;
      token.mustChangePassword = user.mustChangePassword;
    }
    return token;
  },
  session({ session, token }) {
    if (token.sub && token.username && token.role) {
      session.user = {
        id: token.sub,
        name: token.name ?? token.username,
        username: token.username,
        role: token.role,
        mustChangePassword: token.mustChangePassword ?? false,
        ...(token.sid ? { sessionId: token.sid } : {}),
      };
    }
    return session;
  },
};

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    // Secure, __Host-/__Secure- prefixed cookies when served over HTTPS.
    useSecureCookies: isHttpsUrl(process.env.NEXTAUTH_URL),
    cookies: authCookies(process.env.NEXTAUTH_URL),
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Username and password",
        credentials: {
          login: { label: "Username or email", type: "text" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          try {
            const user = await verifyCredentials(parsed.data.login, parsed.data.password, { address: clientAddress(request?.headers) });
            return user ? { ...user } : null;
          } catch (error) {
            // The message ("Too many tries. Try again in N s.") reaches the sign-in form.
            if (error instanceof RateLimitedError) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    callbacks: authCallbacks,
    events: {
      // Signing out ends the session on the server too: its token, replayed, is refused.
      async signOut({ token }) {
        if (token?.sid) await endSession(token.sid);
      },
    },
  };
}
