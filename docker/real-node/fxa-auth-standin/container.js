'use strict';
// fxa-helm's real-node stand-in (not FxA's code): a dependency container with nothing registered, as in an
// install without Mozilla's CMS, so an unconditional lookup fails the way v1.318.0 and later do at start.
const registered = new Map();
exports.Container = {
  has: (id) => registered.has(id),
  get: (id) => {
    if (!registered.has(id)) throw new Error(`${String(id)} is not registered`);
    return registered.get(id);
  },
};
