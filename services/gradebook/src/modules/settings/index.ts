export { loadGradingSettings, type GradingSettings } from './settings.queries.js';
export { GradingSettingsSchema } from './settings.entities.js';
export { settingsResolvers } from './settings.resolvers.js';
