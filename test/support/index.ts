export { standardSettings } from './standard-settings.js';
export { registerBuilder, months, type InitiativeSpec } from './register-builder.js';
export { countingPort } from './counting-port.js';
export { journey, type JourneyOptions, type JourneyRecord } from './journey.js';
export { conversionJourney, type ConversionJourneyRecord } from './conversion-journey.js';
export { journeyRegister, PEOPLE } from './journey-register.js';
