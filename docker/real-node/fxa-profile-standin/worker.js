'use strict';
// fxa-helm's real-node stand-in (not FxA's code): see standin.js
require('./standin.js')('fxa-profile-worker');
