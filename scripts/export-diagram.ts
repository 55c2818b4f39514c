/** Prints the pathway statechart as Mermaid stateDiagram-v2, generated from the machine definition. */
import { pathwayDiagram } from '../machines/pathway.js';

process.stdout.write(`${pathwayDiagram()}\n`);
