import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { can, type Role } from '@/lib/auth/permissions';

// Who is acting, as the staff DAL needs it. Every staff read and write is scoped through
// these helpers, so an author can never reach another author's article by id (no IDOR).

export interface StaffActor {
  id: string;
  role: Role;
}

/** Articles the actor may see in the admin. */
export function visibleArticlesWhere(actor: StaffActor): Prisma.ArticleWhereInput {
  return can(actor.role, 'article.editAny') ? {} : { authorId: actor.id };
}

/** Articles the actor may change the content of: authors only their own drafts. */
export function editableArticlesWhere(actor: StaffActor): Prisma.ArticleWhereInput {
  return can(actor.role, 'article.editAny') ? { deletedAt: null } : { authorId: actor.id, status: 'DRAFT', deletedAt: null };
}
