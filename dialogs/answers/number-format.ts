/** Numbers as the answers say them ("1,200", "7.5"): one formatter for the answers and the dose check. */
export { fmt } from '../../src/clinical/knowledge/number-format.js';
