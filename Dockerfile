# Production image: the bundled server and the personal tab (both from npm run build), SQLite in /data.
# docker build -t back-pain-pathway . && docker run -p 3978:3978 --env-file .env -v bpp-data:/data back-pain-pathway
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3978 SQLITE_PATH=/data/bot.sqlite
WORKDIR /app
# build/server bundles every package, so the image has no node_modules; package.json gives /health its version.
COPY --from=build /app/package.json ./
COPY --from=build /app/build/server ./build/server
COPY --from=build /app/build/tab ./build/tab
RUN mkdir -p /data build/server/compile-cache && chown node:node /data build/server/compile-cache
USER node
# Node's compile cache for the bundle, written now by this image's Node as the user that runs the server.
RUN node --disable-warning=ExperimentalWarning --disable-warning=DEP0040 build/server/warm-compile-cache.mjs
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--disable-warning=ExperimentalWarning", "--disable-warning=DEP0040", "build/server/index.mjs"]
