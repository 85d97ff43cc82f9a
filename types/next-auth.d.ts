import "next-auth";
import "next-auth/jwt";

type Role = "student" | "teacher";

declare module "next-auth" {
  interface User {
    username: string;
    role: Role;
    mustChangePassword: boolean;
  }
  interface Session {
    user: { id: string; name: string; username: string; role: Role; mustChangePassword: boolean; sessionId?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    username?: string;
    role?: Role;
    mustChangePassword?: boolean;
    /** The UserSession this token belongs to (server/auth/sessions.ts). */
    sid?: string;
  }
}
