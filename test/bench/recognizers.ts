/**
 * The recognisers the bench times in processes of their own (recognize-child.ts), as one module that
 * `bundledRecognizers` bundles the way the extension's build bundles its background: one ES module, imports
 * resolved and hoisted into one scope. Run through tsx module by module instead, the same calls took 15 % more
 * instructions (callgrind, decision 0013, session 7), on code the extension never runs.
 */
export { recognize } from '../../utils/terms/recognize';
export { buildTermIndex } from '../../utils/terms/term-index';
export { recognize as referenceRecognize } from '../utils/terms/reference/recognize';
