/** The Web Worker: a thin comlink wrapper around the simulation service. */
import { expose } from 'comlink';
import { createSimulationService } from './simulationService';

expose(createSimulationService());
