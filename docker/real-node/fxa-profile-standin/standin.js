'use strict';
// fxa-helm's real-node stand-in for the profile server's three processes (not FxA's code): each writes a file
// named after itself into the avatars volume at start, serves the probe paths the chart gives it, and lists
// what it sees in that volume, so the real-node test can tell whether the three pods share one volume.
const http = require('node:http');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SETTINGS = JSON.parse(fs.readFileSync(path.join(__dirname, 'standin.json'), 'utf8'));

module.exports = function run(name) {
  const { port, probePaths, avatarDir } = SETTINGS[name];
  fs.writeFileSync(path.join(avatarDir, name), os.hostname());
  http
    .createServer((req, res) => {
      const reply = (status, body) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (probePaths.includes(req.url)) return reply(200, {});
      if (req.url === '/__avatars__') {
        const files = fs.readdirSync(avatarDir).filter((f) => !f.startsWith('.')).sort();
        return reply(200, Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(avatarDir, f), 'utf8')])));
      }
      reply(404, { error: 'not found' });
    })
    .listen(port, () => console.log(`stand-in ${name} on :${port}, avatars in ${avatarDir}`));
};
