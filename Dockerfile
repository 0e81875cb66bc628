# Production image: the API serving the built admin console. Stateless: run several
# replicas against one PostgreSQL (DATABASE_URL) behind a balancer.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npx -y pnpm@10.34.8 install --frozen-lockfile \
 && npx -y pnpm@10.34.8 exec turbo run build --filter=@stationhub/api --filter=@stationhub/admin \
 && npx -y pnpm@10.34.8 --filter @stationhub/api deploy --prod --legacy /out \
 && cp -r apps/admin/dist /out/admin

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data ADMIN_DIST=/app/admin SEED_DEMO=false
WORKDIR /app
COPY --from=build /out /app
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# node as PID 1 receives SIGTERM directly; the server drains and exits.
CMD ["node", "--enable-source-maps", "dist/main.js"]
