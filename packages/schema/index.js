'use strict';
const path = require('node:path');
/** Absolute path of the emitted SDL. */
exports.schemaPath = path.join(__dirname, 'schema.graphql');
