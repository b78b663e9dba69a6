# Strapi 5 (cms-config) on Node 20, the version its lockfile and native modules are built for.
FROM node:20-bookworm-slim AS build
WORKDIR /srv/strapi
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN NODE_ENV=production STRAPI_TELEMETRY_DISABLED=true npm run build

FROM node:20-bookworm-slim
WORKDIR /srv/strapi
ENV NODE_ENV=production STRAPI_TELEMETRY_DISABLED=true
COPY --from=build /srv/strapi ./
USER node
EXPOSE 1337
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||1337)+'/_health').then(r=>process.exit(r.status===204?0:1)).catch(()=>process.exit(1))"
CMD ["npm", "run", "start"]
