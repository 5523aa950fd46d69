'use strict';
// fxa-helm's real-node stand-in for the auth server's bin/key_server.js (not FxA's code). It starts only if
// the fixes the chart applies took effect: the CMS routes load without a CMS (auth-cms-optional) and the
// no-op StatsD client has histogram() (auth-statsd-mock-histogram). It serves the auth server's probe path
// and reports what it found, and it records what reaches its Cloud Tasks callbacks, so the real-node test
// reads the outcome from the running process.
const http = require('node:http');
const { cmsRoutes } = require('../lib/routes/cms.js');

const statsd = { increment: () => {} };
const routes = cmsRoutes();
const state = { cms: routes.manager === null ? 'optional' : 'configured', histogram: typeof statsd.histogram === 'function' };
if (!state.histogram) throw new Error('the no-op StatsD client has no histogram()');

/** Requests to the task callbacks (auth mounts its routes under /auth in the chart). */
const TASKS = '/auth/v1/cloud-tasks/';
const delivered = [];

const port = Number(process.env.PORT || 9000);
http
  .createServer((req, res) => {
    const reply = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url.startsWith(TASKS)) {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        delivered.push({ method: req.method, path: req.url, headers: req.headers, body });
        reply(200, {});
      });
      return;
    }
    if (req.url === '/auth/__heartbeat__') return reply(200, state);
    if (req.url === '/auth/__lbheartbeat__') return reply(200, {});
    if (req.url === '/auth/__tasks__') return reply(200, delivered);
    reply(404, { error: 'not found' });
  })
  .listen(port, () => console.log(`stand-in auth server on :${port}: ${JSON.stringify(state)}`));
