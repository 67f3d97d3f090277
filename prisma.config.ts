import { defineConfig } from 'prisma/config';

// Only the CLI reads this file. The app and the project's migrator read DATABASE_URL themselves.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unset' },
});
