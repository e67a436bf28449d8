// Serves a built site (dist/) on 127.0.0.1 as a static host would, gzip included, until
// stopped: `node serve.mjs DIR [PORT]`. `cargo xtask serve` runs it after building.
import { serve } from './lib/server.mjs';

const [dir = '../dist', port = '8080'] = process.argv.slice(2);
const { url } = await serve(dir, { port: Number(port) });
console.log(`serving ${dir} on ${url}/ (Chinese) and ${url}/en/ (English); Ctrl-C stops`);
