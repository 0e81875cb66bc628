// Baseline S1: a stock Apollo Server 5 (standalone) + type-graphql stack with a bearer-token
// check, answering `me` — what the framework costs before any of the API's own code.
require('reflect-metadata');
const path = require('node:path');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');
const { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } = require('@apollo/server/plugin/disabled');
const { Resolver, Query, Ctx, ObjectType, Field, ID, buildSchemaSync } = require('type-graphql');
const { TokenSigner } = require(path.join(__dirname, '..', 'dist', 'common', 'auth', 'tokens'));

const signer = new TokenSigner('stock-baseline');
const token = signer.sign({ sub: 'u1', sid: 's1', emp: null, name: '基準', grants: [{ permission: 'ReadEmployee', scope: 'ALL' }], exp: 4_000_000_000 });

// Decorators applied by hand: this file is plain JavaScript.
class Viewer {}
Field(() => ID)(Viewer.prototype, 'id');
Field(() => String)(Viewer.prototype, 'name');
ObjectType()(Viewer);
class ViewerResolver {
  me(ctx) {
    return { id: ctx.claims.sub, name: ctx.claims.name };
  }
}
Reflect.defineMetadata('design:paramtypes', [Object], ViewerResolver.prototype, 'me');
Ctx()(ViewerResolver.prototype, 'me', 0);
Query(() => Viewer)(ViewerResolver.prototype, 'me', Object.getOwnPropertyDescriptor(ViewerResolver.prototype, 'me'));
Resolver()(ViewerResolver);

const server = new ApolloServer({
  schema: buildSchemaSync({ resolvers: [ViewerResolver], validate: false }),
  plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
});
startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  context: async ({ req }) => {
    const claims = signer.verify((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!claims) throw new Error('unauthenticated');
    return { claims };
  },
}).then(() => process.send?.({ token }));
