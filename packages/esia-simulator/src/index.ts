export {
  KNOWN_SCOPES,
  startEsiaSimulator,
  type EsiaSimulator,
  type EsiaSimulatorOptions,
  type IdTokenDefect,
  type SimulatedEndpoint,
  type SimulatorClient,
} from './simulator.js';
export { demoEsiaPersons, type SimulatorKid, type SimulatorPerson } from './persons.js';
export { startDevEsia, type DevEsia } from './dev-esia.js';
