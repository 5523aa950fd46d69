import type { ServerSpec } from '../../schema/types.ts';

/** Servers an install cannot do without have no on/off switch; every other one has `<name>.enabled`. */
export const isOptional = (s: ServerSpec): boolean => !(s.enabledByDefault && s.production && s.origin === 'fxa');
