'use strict';
// fxa-helm's real-node stand-in (not FxA's code), in the shape the fix auth-cms-optional edits: the compiled
// module takes the relying-party configuration manager from the container through its import aliases.
const typedi_1 = require('../container.js');
const cms_1 = { RelyingPartyConfigurationManager: 'RelyingPartyConfigurationManager' };

exports.cmsRoutes = () => ({ manager: typedi_1.Container.get(cms_1.RelyingPartyConfigurationManager) });
