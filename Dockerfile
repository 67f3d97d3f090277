# syntax=docker/dockerfile:1
# The portal as a container: build once, run as many instances as needed (compose.yaml runs two
# behind nginx, like deploy/ does with systemd). Same commands as README: `npm ci`, `npm run
# build`, `npm start` (migrations on start, then the production server). Needs DATABASE_URL
# (no embedded PostgreSQL in the image), NEXTAUTH_SECRET, SITE_URL; see deploy/ccn-portal.env.example.
# (Not built on the project's machines: no container engine runs there. README "Containers".)

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Same value at build and run time, a new one per release (README "Scaling out").
ARG NEXT_DEPLOYMENT_ID=""
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=""
ENV NEXT_DEPLOYMENT_ID=${NEXT_DEPLOYMENT_ID} NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=${NEXT_SERVER_ACTIONS_ENCRYPTION_KEY}
# Dependencies first (cached while package-lock.json is unchanged); postinstall generates the
# Prisma client from prisma/.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/data UPLOAD_DIR=/data/uploads
ARG NEXT_DEPLOYMENT_ID=""
ENV NEXT_DEPLOYMENT_ID=${NEXT_DEPLOYMENT_ID}
RUN mkdir -p /data/uploads && chown -R node:node /data
COPY --from=build --chown=node:node /app ./
# The image's unprivileged `node` user (uid 1000).
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["npm", "start"]
