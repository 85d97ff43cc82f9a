import "next-auth";
import "next-auth/jwt";

type Role = "student" | "teacher";

declare module "next-auth" {
  interface User {
    username: string;
    role: Role;
  }
  interface Session {
    user: { id: string; name: string; username: string; role: Role };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    username?: string;
    role?: Role;
  }
}
