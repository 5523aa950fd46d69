'use strict';
// fxa-helm's real-node stand-in for the auth server's bin/key_server.js (not FxA's code). It starts only if
// the fixes the chart applies took effect: the CMS routes load without a CMS (auth-cms-optional) and the
// no-op StatsD client has histogram() (auth-statsd-mock-histogram). It serves the auth server's probe path
// and reports what it found, so the real-node test reads the outcome from the running process.
const http = require('node:http');
const { cmsRoutes } = require('../lib/routes/cms.js');

const statsd = { increment: () => {} };
const routes = cmsRoutes();
const state = { cms: routes.manager === null ? 'optional' : 'configured', histogram: typeof statsd.histogram === 'function' };
if (!state.histogram) throw new Error('the no-op StatsD client has no histogram()');

const port = Number(process.env.PORT || 9000);
http
  .createServer((req, res) => {
    const body = req.url === '/auth/__heartbeat__' ? JSON.stringify(state) : req.url === '/auth/__lbheartbeat__' ? '{}' : undefined;
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    res.end(body ?? '{"error":"not found"}');
  })
  .listen(port, () => console.log(`stand-in auth server on :${port}: ${JSON.stringify(state)}`));
