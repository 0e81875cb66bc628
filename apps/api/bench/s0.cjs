// Baselines S0 and S0-items: a minimal graphql-js HTTP handler with a parsed-document
// cache. S0 answers `{ hello }`; S0-items returns 1,000 objects × 10 fields.
const http = require('node:http');
const { buildSchema, parse, validate, execute } = require('graphql');

const schema = buildSchema(`
  type Item { f1: ID! f2: String! f3: String! f4: Int! f5: Int! f6: Boolean! f7: String! f8: String! f9: Int! f10: String! }
  type Query { hello: String! items: [Item!]! }
`);
const items = Array.from({ length: 1000 }, (_, i) => ({
  f1: String(i), f2: `name ${i}`, f3: `code-${i}`, f4: i, f5: i * 2, f6: i % 2 === 0, f7: '台北中山服務站', f8: 'summary text', f9: i % 7, f10: 'x',
}));
const root = { hello: () => 'world', items: () => items };
const cache = new Map();

http
  .createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      let doc = cache.get(body.query);
      if (!doc) {
        doc = parse(body.query);
        const errors = validate(schema, doc);
        if (errors.length) {
          res.statusCode = 400;
          return res.end(JSON.stringify({ errors }));
        }
        cache.set(body.query, doc);
      }
      const result = await execute({ schema, document: doc, rootValue: root, variableValues: body.variables });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(result));
    });
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
