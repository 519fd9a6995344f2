export { standardSettings } from './standard-settings.js';
export { registerBuilder, months, type InitiativeSpec } from './register-builder.js';
