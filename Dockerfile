# The service image used by docker-compose.yml. Neo4j and the Arabic tagger run in their own containers (NEO4J_URI and
# NLP_URL are always set here), so this image needs no Java.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# tsx runs the TypeScript sources; dev dependencies (tests, lint) are left out.
RUN npm ci --omit=dev && npm cache clean --force
COPY schema.graphql ./
COPY cypher ./cypher
COPY data ./data
COPY src ./src
# The explorer page is built here, as root: at start (USER node) prestart finds it up to date and builds nothing.
RUN npm run build:web
USER node
EXPOSE 4000
CMD ["npm", "start"]
