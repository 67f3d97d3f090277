#!/bin/sh
echo "Prisma's schema engine is not installed on this machine. Use 'npm run db:migrate' to apply migrations." >&2
exit 1
