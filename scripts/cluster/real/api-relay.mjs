// The API server as pods on the real node reach it: the embedded control plane listens on loopback only, so
// this relays TCP (TLS passes through untouched) from the node's own address to it. The `kubernetes` Service's
// endpoint names this address (scripts/cluster/real/index.ts), as a real cluster's names its API servers.
// Usage: node api-relay.mjs <listen host> <listen port> <target host> <target port>
import { connect, createServer } from 'node:net';

const [host, port, toHost, toPort] = process.argv.slice(2);
const server = createServer((client) => {
  const upstream = connect(Number(toPort), toHost);
  client.pipe(upstream).pipe(client);
  const close = () => { client.destroy(); upstream.destroy(); };
  client.on('error', close);
  upstream.on('error', close);
});
server.listen(Number(port), host);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
