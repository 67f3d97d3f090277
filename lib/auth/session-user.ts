import type { Role } from './permissions';

/** The signed-in staff member as every page, action and DAL call sees them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}
