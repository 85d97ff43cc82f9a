import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/users/validation";
import { authSecret } from "@/server/auth/secret";
import { verifyCredentials } from "@/server/users/verify-credentials";

const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Username and password",
        credentials: {
          login: { label: "Username or email", type: "text" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const user = await verifyCredentials(parsed.data.login, parsed.data.password);
          return user ? { id: user.id, name: user.name, username: user.username, role: user.role } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.name = user.name;
          token.username = user.username;
          token.role = user.role;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub && token.username && token.role) {
          session.user = { id: token.sub, name: token.name ?? token.username, username: token.username, role: token.role };
        }
        return session;
      },
    },
  };
}
