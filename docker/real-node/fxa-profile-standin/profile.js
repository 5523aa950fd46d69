'use strict';
// fxa-helm's real-node stand-in (not FxA's code), in the shape the fix profile-monogram-check edits: the
// profile route takes an avatar under the profile server's own URL for the generated monogram.
exports.isMonogram = (result, monogramUrl) => !result.avatar || result.avatar.startsWith(monogramUrl);
